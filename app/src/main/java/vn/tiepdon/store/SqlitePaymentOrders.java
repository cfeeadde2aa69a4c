package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import vn.tiepdon.counts.CountedEvents;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.OrderChange;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.OrdersUnavailable;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.PaymentMatcher;
import vn.tiepdon.payment.PaymentOrder;
import vn.tiepdon.payment.PaymentOrders;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.TransferNotification;

/**
 * The payment orders in the kiosk database: orders waiting for a bank transfer, the bank references already
 * handled, and money that came for a bill no longer waiting for it (late transfers). Which change an action makes
 * is {@link TrackedOrder}'s decision; this class reads the order, asks, and writes the answer in the same
 * transaction, with the counted event {@link CountedEvents#paymentEvent} gives for it: a power cut never leaves a
 * change without its count, or a count without its change. Applying a notification (match, mark the order or keep
 * the late money, remember the reference, count it) is one transaction, so a notification service retrying after a
 * crash finds either all of it done or none.
 *
 * <p>Moments are stored in UTC; an event's day and hour are the hospital's local ones ({@code zone}).
 */
public final class SqlitePaymentOrders implements PaymentOrders {

    private static final String COLUMNS = """
            id, bill_number, amount_dong, created_at, expires_at, status, payload, received_dong, paid_method,
            close_reason""";

    private final KioskDatabase database;
    private final EventRows events;
    private final String kioskId;

    /** @param kioskId the kiosk (or cashier PC) whose events these changes are */
    public SqlitePaymentOrders(KioskDatabase database, ZoneId zone, String kioskId) {
        this.database = Objects.requireNonNull(database, "database");
        this.events = new EventRows(zone);
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
    }

    @Override
    public boolean create(PaymentOrder order, String payload) {
        Objects.requireNonNull(payload, "payload");
        return write(c -> {
            expire(c, order.createdAt());
            Optional<TrackedOrder> latest = latest(c, order.billNumber());
            if (latest.isPresent() && !latest.get().status().closedUnpaid()) {
                return false;
            }
            save(c, TrackedOrder.opened(order, payload));
            return true;
        });
    }

    @Override
    public PaymentMatch apply(TransferNotification notification, Instant now) {
        return write(c -> {
            expire(c, now);
            Set<String> seen = seen(c, notification.reference()) ? Set.of(notification.reference()) : Set.of();
            PaymentMatch match = PaymentMatcher.match(notification,
                    openOrders(c).stream().map(TrackedOrder::order).toList(), seen);
            if (match instanceof PaymentMatch.Unmatched) {
                match = ClosedBillTransfers.match(c, notification);
            }
            switch (match) {
                case PaymentMatch.Duplicate duplicate -> {
                    return match;
                }
                case PaymentMatch.Paid paid -> transferred(c, paid.order(), paid.receivedDong(), now);
                // Not paid and not counted: the cashier decides (collect the rest, or refund).
                case PaymentMatch.ShortPayment shortPayment ->
                        transferred(c, shortPayment.order(), shortPayment.receivedDong(), now);
                // The bill does not change: the cashier records the money as its payment, or refunds it.
                case PaymentMatch.Late late -> SqliteLateTransfers.insert(c, LateTransfer.arrived(notification,
                        late.order().billNumber(), late.receivedDong(), late.why()));
                // Not remembered: the bank retries, and a retry after the order exists must still pay it.
                case PaymentMatch.Unmatched unmatched -> {
                    return match;
                }
            }
            remember(c, notification);
            return match;
        });
    }

    private void transferred(Connection c, PaymentOrder order, long totalDong, Instant now) throws SQLException {
        Optional<OrderChange> change = latest(c, order.billNumber()).flatMap(o -> o.transferred(totalDong, now));
        save(c, change.orElseThrow(() -> new IllegalStateException("a matched order no longer waits")));
    }

    @Override
    public List<LateTransfer> lateTransfers() {
        return read(SqliteLateTransfers::unhandled);
    }

    @Override
    public List<LateTransfer> refundsToMake() {
        return read(SqliteLateTransfers::toRefund);
    }

    @Override
    public Optional<LateTransfer> lateTransfer(String reference) {
        return read(c -> SqliteLateTransfers.find(c, reference));
    }

    @Override
    public Optional<LateTransfer> handleLate(String reference, LateTransfer.Handling handling, String note,
                                             Instant now) {
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(note, "note");
        return write(c -> {
            expire(c, now);
            Optional<LateTransfer> late = SqliteLateTransfers.find(c, reference);
            if (late.isEmpty() || late.get().handled()) {
                return Optional.empty();
            }
            if (handling == LateTransfer.Handling.RECORDED && !recordAsPayment(c, late.get(), note, now)) {
                return Optional.empty();
            }
            SqliteLateTransfers.markHandled(c, reference, handling, note, now);
            return SqliteLateTransfers.find(c, reference);
        });
    }

    @Override
    public Optional<LateTransfer> markRefunded(String reference, String note, Instant now) {
        Objects.requireNonNull(note, "note");
        return write(c -> SqliteLateTransfers.markRefunded(c, reference, note, now)
                ? SqliteLateTransfers.find(c, reference) : Optional.empty());
    }

    private boolean recordAsPayment(Connection c, LateTransfer late, String note, Instant now) throws SQLException {
        Optional<OrderChange> change = latest(c, late.billNumber()).flatMap(o -> o.recordLate(late, note, now));
        if (change.isEmpty()) {
            return false;
        }
        save(c, change.get());
        return true;
    }

    @Override
    public Optional<TrackedOrder> status(String billNumber) {
        return read(c -> latest(c, billNumber));
    }

    @Override
    public List<TrackedOrder> expireDue(Instant now) {
        return write(c -> {
            List<TrackedOrder> stored = new ArrayList<>();
            for (TrackedOrder expired : expire(c, now)) {
                latest(c, expired.billNumber()).ifPresent(stored::add);
            }
            return stored;
        });
    }

    @Override
    public List<TrackedOrder> waiting(Instant now) {
        return write(c -> {
            expire(c, now);
            return query(c, "WHERE status IN ('OPEN', 'SHORT_PAID') ORDER BY id", null);
        });
    }

    @Override
    public Optional<TrackedOrder> cancel(String billNumber, String reason, Instant now) {
        return write(c -> {
            expire(c, now);
            Optional<OrderChange> change = latest(c, billNumber).flatMap(o -> o.cancel(reason, now));
            if (change.isEmpty()) {
                return Optional.empty();
            }
            save(c, change.get());
            return latest(c, billNumber);
        });
    }

    @Override
    public Optional<TrackedOrder> markPaid(String billNumber, PaymentOutcome.Method method, String reason,
                                           Instant now) {
        Objects.requireNonNull(method, "method");
        return write(c -> {
            expire(c, now);
            Optional<OrderChange> change = latest(c, billNumber).flatMap(o -> o.markPaid(method, reason, now));
            if (change.isEmpty()) {
                return Optional.empty();
            }
            save(c, change.get());
            return latest(c, billNumber);
        });
    }

    @Override
    public Optional<TrackedOrder> reshow(String billNumber, Instant now, Duration validity) {
        return write(c -> {
            expire(c, now);
            Optional<TrackedOrder> latest = latest(c, billNumber);
            if (latest.isEmpty() || latest.get().status() == OrderStatus.OPEN) {
                return latest;
            }
            Optional<OrderChange> renewed = latest.get().renew(now, validity);
            if (renewed.isEmpty()) {
                return Optional.empty();
            }
            save(c, renewed.get());
            return latest(c, billNumber);
        });
    }

    /**
     * Writes the change — a new order row, or the bill's latest row moved on from the status the change started
     * at — and the event it counts, in the caller's transaction.
     */
    private void save(Connection c, OrderChange change) throws SQLException {
        if (change.created()) {
            insert(c, change.order());
        } else {
            update(c, change);
        }
        Optional<KioskEvent> counted = CountedEvents.paymentEvent(kioskId, change);
        if (counted.isPresent()) {
            events.append(c, counted.get());
        }
    }

    private static void update(Connection c, OrderChange change) throws SQLException {
        TrackedOrder order = change.order();
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE payment_orders
                SET status = ?, received_dong = ?, paid_method = ?, close_reason = ?, closed_at = ?
                WHERE id = (SELECT MAX(id) FROM payment_orders WHERE bill_number = ?) AND status = ?""")) {
            update.setString(1, order.status().name());
            update.setObject(2, order.receivedDong().isPresent() ? order.receivedDong().getAsLong() : null);
            update.setString(3, order.paidMethod().map(Enum::name).orElse(null));
            update.setString(4, order.reason().orElse(null));
            update.setString(5, moment(change.at()));
            update.setString(6, order.billNumber());
            update.setString(7, change.from().orElseThrow().name());
            if (update.executeUpdate() != 1) {
                // Read in this same transaction: a row that moved meanwhile means the change was decided on stale data.
                throw new IllegalStateException("order " + order.billNumber() + " is no longer "
                        + change.from().orElseThrow());
            }
        }
    }

    private static void insert(Connection c, TrackedOrder order) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO payment_orders (bill_number, amount_dong, created_at, expires_at, status, payload)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, order.billNumber());
            insert.setLong(2, order.order().amountDong());
            insert.setString(3, moment(order.order().createdAt()));
            insert.setString(4, moment(order.order().expiresAt()));
            insert.setString(5, order.status().name());
            insert.setString(6, order.payload());
            insert.executeUpdate();
        }
    }

    /**
     * The bill's latest order; but its PAID one if it has one, so a payment is never hidden behind an order made
     * after it (a database written before a paid bill was refused a new order can hold one).
     */
    static Optional<TrackedOrder> latest(Connection c, String billNumber) throws SQLException {
        List<TrackedOrder> found = query(c, "WHERE bill_number = ? ORDER BY status = 'PAID' DESC, id DESC LIMIT 1",
                billNumber);
        return found.stream().findFirst();
    }

    private static List<TrackedOrder> query(Connection c, String where, String parameter) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM payment_orders " + where)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<TrackedOrder> orders = new ArrayList<>();
                while (rows.next()) {
                    orders.add(stored(rows));
                }
                return orders;
            }
        }
    }

    private static TrackedOrder stored(ResultSet rows) throws SQLException {
        PaymentOrder order = new PaymentOrder(rows.getString(2), rows.getLong(3), instant(rows.getString(4)),
                instant(rows.getString(5)));
        long received = rows.getLong(8);
        OptionalLong receivedDong = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(received);
        String method = rows.getString(9);
        return new TrackedOrder(order, OrderStatus.valueOf(rows.getString(6)), rows.getString(7), receivedDong,
                Optional.ofNullable(method).map(PaymentOutcome.Method::valueOf),
                Optional.ofNullable(rows.getString(10)));
    }

    /** @return the orders expired, as they were before */
    private List<TrackedOrder> expire(Connection c, Instant now) throws SQLException {
        List<TrackedOrder> expired = new ArrayList<>();
        for (TrackedOrder open : openOrders(c)) {
            Optional<OrderChange> change = open.expire(now);
            if (change.isPresent()) {
                save(c, change.get());
                expired.add(open);
            }
        }
        return expired;
    }

    private static List<TrackedOrder> openOrders(Connection c) throws SQLException {
        // A bill already paid is never paid again, even if an order was opened for it after the payment.
        return query(c, """
                WHERE status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM payment_orders paid
                    WHERE paid.bill_number = payment_orders.bill_number AND paid.status = 'PAID')
                ORDER BY id""", null);
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

    private <T> T write(SqlWork<T> work) {
        try {
            return database.write(work);
        } catch (StorageException e) {
            throw new OrdersUnavailable(e.getMessage(), e);
        }
    }

    private <T> T read(SqlWork<T> work) {
        try {
            return database.read(work);
        } catch (StorageException e) {
            throw new OrdersUnavailable(e.getMessage(), e);
        }
    }

    static String moment(Instant instant) {
        return StoredTimes.moment(StoredTimes.storable(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
    }

    static Instant instant(String text) {
        return StoredTimes.moment(text).toInstant(ZoneOffset.UTC);
    }
}
