package vn.tiepdon.payment.desk;

import vn.tiepdon.store.SqlitePaymentOrders.StoredOrder;

/**
 * Told when a payment order is made, shown again, paid, short paid, expired or cancelled — after the change is
 * committed, on the thread that made it (an HTTP worker, a timer, the cashier's screen). A screen hops to its
 * own thread.
 */
@FunctionalInterface
public interface PaymentListener {

    void orderChanged(StoredOrder order);
}
