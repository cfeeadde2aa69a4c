package vn.tiepdon.payment.desk;

/** What the payment desk would not do, and why, for a screen or a reply to say in words. */
public final class DeskRefusal extends RuntimeException {

    public enum Reason {
        /** No order for this bill number. */
        NO_SUCH_BILL,
        /** The bill already has an order waiting for money. */
        BILL_ALREADY_OPEN,
        /** The bill is paid: a bill has one payment, so no new code is made for it. */
        BILL_ALREADY_PAID,
        /** The order is paid (or otherwise closed) and cannot take this action. */
        NOT_CHANGEABLE,
        /** Doing this by hand needs a reason, for the record. */
        REASON_REQUIRED,
        /** Late money less than the bill cannot be its payment: it can only be refunded. */
        LATE_TOO_LITTLE,
        /** Only late money marked to refund, and not refunded yet, can be marked refunded. */
        NOT_TO_REFUND
    }

    private final Reason reason;
    private final String billNumber;

    /** @param billNumber the bill refused, or the reference asked for when no bill is known by it */
    public DeskRefusal(Reason reason, String billNumber) {
        super(reason + ": " + billNumber);
        this.reason = reason;
        this.billNumber = billNumber;
    }

    public Reason reason() {
        return reason;
    }

    public String billNumber() {
        return billNumber;
    }
}
