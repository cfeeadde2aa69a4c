package vn.tiepdon.payment;

/**
 * Where a payment order stands. OPEN waits for money; SHORT_PAID got less than asked and waits for the cashier;
 * PAID, EXPIRED and CANCELLED are closed. Which action may move an order from one to another is decided by
 * {@link TrackedOrder}; these are the two groups its rules are made of.
 */
public enum OrderStatus {
    OPEN, PAID, SHORT_PAID, EXPIRED, CANCELLED;

    /** Someone still has to act on it: the payer (OPEN) or the cashier (SHORT_PAID). */
    public boolean waiting() {
        return this == OPEN || this == SHORT_PAID;
    }

    /** Closed without the money: its code may be shown again, and money arriving later may still pay it. */
    public boolean closedUnpaid() {
        return this == EXPIRED || this == CANCELLED;
    }
}
