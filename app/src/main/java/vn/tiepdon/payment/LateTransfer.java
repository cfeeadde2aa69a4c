package vn.tiepdon.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Money that arrived for a bill that no longer waits for it: the patient chose to pay at the counter, the code
 * expired, or the bill was already paid. The money is in the hospital's account, so the cashier must see it and
 * either record it as the bill's payment or refund it. No transfer content and no payer: the content can hold the
 * payer's name.
 *
 * @param reference the bank's transaction reference (a retry of the same transfer is the same late transfer)
 * @param handling  empty until the cashier has dealt with it
 * @param note      what the cashier wrote when dealing with it
 */
public record LateTransfer(String reference, String billNumber, long amountDong, Instant receivedAt, Why why,
                           Optional<Handling> handling, Optional<String> note) {

    /** Why the bill was no longer waiting for the money. */
    public enum Why { AFTER_CANCEL, AFTER_EXPIRY, ALREADY_PAID }

    /** RECORDED: taken as the bill's payment (counted once); REFUND: to be given back (not counted). */
    public enum Handling { RECORDED, REFUND }

    public LateTransfer {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(billNumber, "billNumber");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(why, "why");
        handling = handling == null ? Optional.empty() : handling;
        note = note == null ? Optional.empty() : note;
    }

    public boolean handled() {
        return handling.isPresent();
    }
}
