package vn.tiepdon.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * A bank's (or a notification service's) report that money arrived on the hospital's account.
 *
 * @param reference the bank's own transaction reference: the same transfer reported twice has the same one
 * @param content   the transfer content as the bank reports it: upper-cased, accents and punctuation often lost,
 *                  sometimes with the sender's bank's prefix added
 */
public record TransferNotification(String reference, long amountDong, String content, Instant receivedAt) {

    public TransferNotification {
        Objects.requireNonNull(reference, "reference");
        content = content == null ? "" : content;
    }
}
