package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.PaymentMatcher;
import vn.tiepdon.payment.PaymentOrder;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TransferNotification;

/**
 * Payment orders waiting for a bank transfer, and the bank references already handled. Applying a
 * notification (match, mark the order, remember the reference, count the outcome) is one transaction,
 * so a notification service retrying after a crash finds either all of it done or none.
 *
 * <p>Moments are stored in UTC; the outcome's day is the hospital's local day ({@code zone}).
 */
public final class SqlitePaymentOrders {

    /** OPEN waits for money; SHORT_PAID got less than asked and waits for the cashier; the rest are final. */
    public enum Status { OPEN, PAID, SHORT_PAID, EXPIRED, CANCELLED }

    /** An order as stored: what was asked, where it stands, and what arrived (empty until a transfer matched). */
    public record StoredOrder(PaymentOrder order, Status status, String payload, OptionalLong receivedDong) {
    }

    private final KioskDatabase database;
    private final ZoneId zone;

    public SqlitePaymentOrders(KioskDatabase database, ZoneId zone) {
        this.database = Objects.requireNonNull(database, "database");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Stores a new open order, unless the same bill is already open (an order past its expiry no longer counts).
     *
     * @return false when the bill already has an open order: nothing is stored
     */
    public boolean create(PaymentOrder order, String payload) {
        Objects.requireNonNull(payload, "payload");
        return database.write(c -> {
            expire(c, order.createdAt());
            if (openOrders(c).stream().anyMatch(o -> o.billNumber().equals(order.billNumber()))) {
                return false;
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO payment_orders (bill_number, amount_dong, created_at, expires_at, status, payload)
                    VALUES (?, ?, ?, ?, 'OPEN', ?)""")) {
                insert.setString(1, order.billNumber());
                insert.setLong(2, order.amountDong());
                insert.setString(3, moment(order.createdAt()));
                insert.setString(4, moment(order.expiresAt()));
                insert.setString(5, payload);
                insert.executeUpdate();
            }
            return true;
        });
    }

    /** Orders still waiting at {@code now}; those past their expiry are closed first, each counted as EXPIRED. */
    public List<PaymentOrder> open(Instant now) {
        return database.write(c -> {
            expire(c, now);
            return openOrders(c);
        });
    }

    /** Matches the notification to the open orders and records what it did, all in one transaction. */
    public PaymentMatch apply(TransferNotification notification, Instant now) {
        return database.write(c -> {
            expire(c, now);
            Set<String> seen = seen(c, notification.reference()) ? Set.of(notification.reference()) : Set.of();
            PaymentMatch match = PaymentMatcher.match(notification, openOrders(c), seen);
            switch (match) {
                case PaymentMatch.Duplicate duplicate -> {
                    return match;
                }
                case PaymentMatch.Paid paid -> {
                    close(c, paid.order(), Status.PAID, paid.receivedDong(), now);
                    Duration timeToPay = Duration.between(paid.order().createdAt(), notification.receivedAt());
                    SqlitePaymentOutcomes.insert(c, new PaymentOutcome(day(notification.receivedAt()),
                            PaymentOutcome.Method.QR, paid.order().amountDong(), PaymentOutcome.Result.PAID,
                            Optional.of(timeToPay.isNegative() ? Duration.ZERO : timeToPay)));
                }
                // Not paid and not counted: the cashier decides (collect the rest, or refund).
                case PaymentMatch.ShortPayment shortPayment ->
                        close(c, shortPayment.order(), Status.SHORT_PAID, shortPayment.receivedDong(), now);
                // Not remembered: the bank retries, and a retry after the order exists must still pay it.
                case PaymentMatch.Unmatched unmatched -> {
                    return match;
                }
            }
            remember(c, notification);
            return match;
        });
    }

    /** The latest order for this bill number, as stored. */
    public Optional<StoredOrder> status(String billNumber) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT bill_number, amount_dong, created_at, expires_at, status, payload, received_dong
                    FROM payment_orders WHERE bill_number = ? ORDER BY id DESC LIMIT 1""")) {
                query.setString(1, billNumber);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    long received = rows.getLong(7);
                    OptionalLong receivedDong = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(received);
                    return Optional.of(new StoredOrder(order(rows), Status.valueOf(rows.getString(5)),
                            rows.getString(6), receivedDong));
                }
            }
        });
    }

    private void expire(Connection c, Instant now) throws SQLException {
        List<PaymentOrder> expired = new ArrayList<>();
        for (PaymentOrder order : openOrders(c)) {
            if (order.expiredAt(now)) {
                expired.add(order);
            }
        }
        for (PaymentOrder order : expired) {
            close(c, order, Status.EXPIRED, null, now);
            SqlitePaymentOutcomes.insert(c, new PaymentOutcome(day(order.expiresAt()), PaymentOutcome.Method.QR,
                    order.amountDong(), PaymentOutcome.Result.EXPIRED, Optional.empty()));
        }
    }

    private static List<PaymentOrder> openOrders(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("""
                SELECT bill_number, amount_dong, created_at, expires_at FROM payment_orders
                WHERE status = 'OPEN' ORDER BY id""");
             ResultSet rows = query.executeQuery()) {
            List<PaymentOrder> orders = new ArrayList<>();
            while (rows.next()) {
                orders.add(order(rows));
            }
            return orders;
        }
    }

    private static PaymentOrder order(ResultSet rows) throws SQLException {
        return new PaymentOrder(rows.getString(1), rows.getLong(2), instant(rows.getString(3)),
                instant(rows.getString(4)));
    }

    private static void close(Connection c, PaymentOrder order, Status status, Long receivedDong, Instant now)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE payment_orders SET status = ?, received_dong = ?, closed_at = ?
                WHERE bill_number = ? AND status = 'OPEN'""")) {
            update.setString(1, status.name());
            update.setObject(2, receivedDong);
            update.setString(3, moment(now));
            update.setString(4, order.billNumber());
            update.executeUpdate();
        }
    }

    private static boolean seen(Connection c, String reference) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM seen_transfers WHERE reference = ?")) {
            query.setString(1, reference);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void remember(Connection c, TransferNotification notification) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO seen_transfers (reference, received_at) VALUES (?, ?)")) {
            insert.setString(1, notification.reference());
            insert.setString(2, moment(notification.receivedAt()));
            insert.executeUpdate();
        }
    }

    private LocalDate day(Instant moment) {
        return LocalDateTime.ofInstant(moment, zone).toLocalDate();
    }

    private static String moment(Instant instant) {
        return StoredTimes.moment(StoredTimes.storable(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
    }

    private static Instant instant(String text) {
        return StoredTimes.moment(text).toInstant(ZoneOffset.UTC);
    }
}
