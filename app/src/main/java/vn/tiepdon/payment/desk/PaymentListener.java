package vn.tiepdon.payment.desk;

import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.TrackedOrder;

/**
 * Told when a payment order is made, shown again, paid, short paid, expired or cancelled — after the change is
 * committed, on the thread that made it (an HTTP worker, a timer, the cashier's screen). A screen hops to its
 * own thread.
 */
@FunctionalInterface
public interface PaymentListener {

    void orderChanged(TrackedOrder order);

    /**
     * Money arrived for a bill no longer waiting for it (not handled yet), the cashier dealt with it (handled), or
     * gave back money marked to refund (refunded).
     * The bill itself is not told as changed for the arrival; a late transfer recorded as the payment is told as its
     * bill's change too. The customer display ignores it: the customer may be gone.
     */
    default void lateTransferChanged(LateTransfer late) {
    }
}
