package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.PaymentMatcher;
import vn.tiepdon.payment.PaymentOrder;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.TransferNotification;

/**
 * Transfers that name a bill no longer open, inside the notification's transaction of {@link SqlitePaymentOrders}:
 * found among the latest order of every bill the way {@link PaymentMatcher} finds open ones, then decided by how
 * that bill was closed ({@link TrackedOrder#matchWhenNotOpen}).
 */
final class ClosedBillTransfers {

    private ClosedBillTransfers() {
    }

    /**
     * What a transfer naming no open bill is for: the rest of a short-paid bill (added to what arrived before: paid
     * once the total covers the bill, else still short with the new total), late money for a bill cancelled,
     * expired or already paid, or nothing known.
     */
    static PaymentMatch match(Connection c, TransferNotification notification) throws SQLException {
        List<TrackedOrder> closed = new ArrayList<>();
        for (String bill : closedBillsNamed(c, PaymentMatcher.billsNamedIn(notification))) {
            SqlitePaymentOrders.latest(c, bill).ifPresent(closed::add);
        }
        Optional<PaymentOrder> named = PaymentMatcher.named(notification,
                closed.stream().map(TrackedOrder::order).toList());
        if (named.isEmpty()) {
            return new PaymentMatch.Unmatched();
        }
        return closed.stream().filter(o -> o.order().equals(named.get())).findFirst().orElseThrow()
                .matchWhenNotOpen(notification.amountDong());
    }

    /**
     * Bills whose latest order is closed, or which are paid (an order opened after the payment by an older version
     * does not make the bill open again), and which the content names. Only bill numbers are read for the test: about a
     * tenth of a second for a busy hospital's year of bills (100 000), inside the notification's transaction.
     */
    private static List<String> closedBillsNamed(Connection c, Predicate<String> named) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("""
                SELECT DISTINCT bill_number FROM payment_orders
                WHERE id IN (SELECT MAX(id) FROM payment_orders GROUP BY bill_number) AND status <> 'OPEN'
                   OR status = 'PAID'""");
             ResultSet rows = query.executeQuery()) {
            List<String> bills = new ArrayList<>();
            while (rows.next()) {
                String bill = rows.getString(1);
                if (named.test(bill)) {
                    bills.add(bill);
                }
            }
            return bills;
        }
    }
}
