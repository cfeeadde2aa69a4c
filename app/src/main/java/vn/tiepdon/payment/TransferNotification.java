package vn.tiepdon.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank's (or a notification service's) report that money arrived on the hospital's account.
 *
 * @param reference     the key a retry is recognised by: the same transfer reported twice has the same one
 * @param content       the transfer content as the bank reports it: upper-cased, accents and punctuation often lost,
 *                      sometimes with the sender's bank's prefix added
 * @param bankReference the bank's own transaction reference, which the cashier quotes to the bank for a refund; the
 *                      reference itself when the sender gives no other (a notification service's own id is not it)
 * @param sender        the account the money came from, masked; empty when the notification does not say
 */
public record TransferNotification(String reference, long amountDong, String content, Instant receivedAt,
                                   String bankReference, Optional<MaskedAccount> sender) {

    public TransferNotification {
        Objects.requireNonNull(reference, "reference");
        content = content == null ? "" : content;
        bankReference = bankReference == null || bankReference.isBlank() ? reference : bankReference.strip();
        sender = sender == null ? Optional.empty() : sender;
    }

    /** Where the reference is the bank's own and the sender is not said. */
    public TransferNotification(String reference, long amountDong, String content, Instant receivedAt) {
        this(reference, amountDong, content, receivedAt, reference, Optional.empty());
    }
}
