package vn.tiepdon.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Money that arrived for a bill that no longer waits for it: the patient chose to pay at the counter, the code
 * expired, or the bill was already paid. The money is in the hospital's account, so the cashier must see it and
 * either record it as the bill's payment or refund it. No transfer content and no payer's name: the content can hold
 * the payer's name. The sender's account only masked, and the bank's reference: what a refund needs.
 *
 * @param reference     the key a retry is recognised by (a retry of the same transfer is the same late transfer)
 * @param handling      empty until the cashier has dealt with it
 * @param note          what the cashier wrote when dealing with it
 * @param bankReference the bank's transaction reference, to quote to the bank when refunding
 * @param sender        the account the money came from, masked; empty when the notification did not say
 * @param refunded      when the cashier said the money marked {@link Handling#REFUND} was given back, and how
 */
public record LateTransfer(String reference, String billNumber, long amountDong, Instant receivedAt, Why why,
                           Optional<Handling> handling, Optional<String> note, String bankReference,
                           Optional<MaskedAccount> sender, Optional<Refund> refunded) {

    /** Why the bill was no longer waiting for the money. */
    public enum Why { AFTER_CANCEL, AFTER_EXPIRY, ALREADY_PAID }

    /** RECORDED: taken as the bill's payment (counted once); REFUND: to be given back (not counted). */
    public enum Handling { RECORDED, REFUND }

    /** The money was given back: when the cashier said so, and what they wrote (the refund's reference, say). */
    public record Refund(Instant at, String note) {

        public Refund {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(note, "note");
        }
    }

    public LateTransfer {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(billNumber, "billNumber");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(why, "why");
        handling = handling == null ? Optional.empty() : handling;
        note = note == null ? Optional.empty() : note;
        bankReference = bankReference == null || bankReference.isBlank() ? reference : bankReference;
        sender = sender == null ? Optional.empty() : sender;
        refunded = refunded == null ? Optional.empty() : refunded;
        if (refunded.isPresent() && !handling.equals(Optional.of(Handling.REFUND))) {
            throw new IllegalArgumentException("only money marked to refund can be refunded");
        }
    }

    /** As it arrived: not dealt with yet. */
    public static LateTransfer arrived(TransferNotification notification, String billNumber, long amountDong,
                                       Why why) {
        return new LateTransfer(notification.reference(), billNumber, amountDong, notification.receivedAt(), why,
                Optional.empty(), Optional.empty(), notification.bankReference(), notification.sender(),
                Optional.empty());
    }

    public boolean handled() {
        return handling.isPresent();
    }

    /** Marked to refund and not given back yet: the cashier still owes it to the sender. */
    public boolean toRefund() {
        return handling.equals(Optional.of(Handling.REFUND)) && refunded.isEmpty();
    }
}
