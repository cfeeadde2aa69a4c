package vn.tiepdon.payment;

/** What a transfer notification turned out to be for the payment orders. */
public sealed interface PaymentMatch {

    /** The bill was paid in full (or more: an overpayment is paid, and reported). */
    record Paid(PaymentOrder order, long receivedDong) implements PaymentMatch {
    }

    /** The bill was found but less arrived than it asks: the cashier decides, it is not marked paid. */
    record ShortPayment(PaymentOrder order, long receivedDong) implements PaymentMatch {
    }

    /** This transfer was already reported: nothing changes. */
    record Duplicate(String reference) implements PaymentMatch {
    }

    /**
     * The bill named is no longer waiting for money (cancelled, expired, or already paid): the money is kept as a
     * {@link LateTransfer} for the cashier to record or refund; the bill itself does not change.
     */
    record Late(PaymentOrder order, long receivedDong, LateTransfer.Why why) implements PaymentMatch {
    }

    /** No open bill is named in the content (a payment for something else, or one that expired). */
    record Unmatched() implements PaymentMatch {
    }
}
