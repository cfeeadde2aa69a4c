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
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.PaymentMatcher;
import vn.tiepdon.payment.PaymentOrder;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TransferNotification;

/**
 * Payment orders waiting for a bank transfer, the bank references already handled, and money that came for a bill
 * no longer waiting for it (late transfers). Applying a notification (match, mark the order or keep the late
 * money, remember the reference, count the outcome) is one transaction, so a notification service retrying after a
 * crash finds either all of it done or none.
 *
 * <p>Moments are stored in UTC; the outcome's day is the hospital's local day ({@code zone}).
 */
public final class SqlitePaymentOrders {

    /** OPEN waits for money; SHORT_PAID got less than asked and waits for the cashier; the rest are final. */
    public enum Status { OPEN, PAID, SHORT_PAID, EXPIRED, CANCELLED }

    /**
     * An order as stored: what was asked, where it stands, and what arrived (empty until a transfer matched).
     *
     * @param paidMethod how it was paid, once PAID
     * @param reason     what the cashier wrote when closing it by hand (cancelled, cash, transfer confirmed by hand)
     */
    public record StoredOrder(PaymentOrder order, Status status, String payload, OptionalLong receivedDong,
                              Optional<PaymentOutcome.Method> paidMethod, Optional<String> reason) {

        public StoredOrder {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(status, "status");
            paidMethod = paidMethod == null ? Optional.empty() : paidMethod;
            reason = reason == null ? Optional.empty() : reason;
        }

        public StoredOrder(PaymentOrder order, Status status, String payload, OptionalLong receivedDong) {
            this(order, status, payload, receivedDong, Optional.empty(), Optional.empty());
        }

        public String billNumber() {
            return order.billNumber();
        }
    }

    private static final String COLUMNS = """
            id, bill_number, amount_dong, created_at, expires_at, status, payload, received_dong, paid_method,
            close_reason""";

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
            insert(c, order, payload);
            return true;
        });
    }

    private static void insert(Connection c, PaymentOrder order, String payload) throws SQLException {
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
            if (match instanceof PaymentMatch.Unmatched) {
                match = ClosedBillTransfers.match(c, notification);
            }
            switch (match) {
                case PaymentMatch.Duplicate duplicate -> {
                    return match;
                }
                case PaymentMatch.Paid paid -> {
                    close(c, paid.order(), Status.PAID, paid.receivedDong(), PaymentOutcome.Method.QR, now);
                    Duration timeToPay = Duration.between(paid.order().createdAt(), notification.receivedAt());
                    SqlitePaymentOutcomes.insert(c, new PaymentOutcome(day(notification.receivedAt()),
                            PaymentOutcome.Method.QR, paid.order().amountDong(), PaymentOutcome.Result.PAID,
                            Optional.of(timeToPay.isNegative() ? Duration.ZERO : timeToPay)));
                }
                // Not paid and not counted: the cashier decides (collect the rest, or refund).
                case PaymentMatch.ShortPayment shortPayment ->
                        close(c, shortPayment.order(), Status.SHORT_PAID, shortPayment.receivedDong(), null, now);
                // The bill does not change: the cashier records the money as its payment, or refunds it.
                case PaymentMatch.Late late -> SqliteLateTransfers.insert(c, new LateTransfer(
                        notification.reference(), late.order().billNumber(), late.receivedDong(),
                        notification.receivedAt(), late.why(), Optional.empty(), Optional.empty()));
                // Not remembered: the bank retries, and a retry after the order exists must still pay it.
                case PaymentMatch.Unmatched unmatched -> {
                    return match;
                }
            }
            remember(c, notification);
            return match;
        });
    }

    /** Late transfers the cashier has not dealt with yet, oldest first. */
    public List<LateTransfer> lateTransfers() {
        return database.read(SqliteLateTransfers::unhandled);
    }

    /** The late transfer with this bank reference, handled or not. */
    public Optional<LateTransfer> lateTransfer(String reference) {
        return database.read(c -> SqliteLateTransfers.find(c, reference));
    }

    /**
     * The cashier deals with a late transfer. REFUND only marks it (not counted: the money goes back). RECORDED
     * takes it as the payment of its bill, which must be CANCELLED or EXPIRED and covered by it (with what arrived
     * before): the bill becomes PAID by {@code MANUAL} (the cashier decided, and the time to pay by QR stays
     * honest), counted once for the bill's amount.
     *
     * @return the late transfer as now stored, or empty when it is unknown, already handled, or cannot be recorded
     */
    public Optional<LateTransfer> handleLate(String reference, LateTransfer.Handling handling, String note,
                                             Instant now) {
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(note, "note");
        return database.write(c -> {
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

    private boolean recordAsPayment(Connection c, LateTransfer late, String note, Instant now) throws SQLException {
        Optional<StoredOrder> latest = latest(c, late.billNumber());
        if (latest.isEmpty() || !recordable(latest.get(), late)) {
            return false;
        }
        closeById(c, late.billNumber(), latest.get().status(), Status.PAID, PaymentOutcome.Method.MANUAL, note, now);
        SqlitePaymentOutcomes.insert(c, new PaymentOutcome(day(now), PaymentOutcome.Method.MANUAL,
                latest.get().order().amountDong(), PaymentOutcome.Result.PAID, Optional.empty()));
        return true;
    }

    /** Only a bill that was closed unpaid, and only when the money covers it: anything else is refunded. */
    public static boolean recordable(StoredOrder latest, LateTransfer late) {
        boolean closedUnpaid = latest.status() == Status.CANCELLED || latest.status() == Status.EXPIRED;
        return closedUnpaid && latest.receivedDong().orElse(0) + late.amountDong() >= latest.order().amountDong();
    }

    /** The latest order for this bill number, as stored. */
    public Optional<StoredOrder> status(String billNumber) {
        return database.read(c -> latest(c, billNumber));
    }

    /**
     * Closes the orders past their expiry at {@code now}, each counted as EXPIRED.
     *
     * @return the orders this call expired, as now stored
     */
    public List<StoredOrder> expireDue(Instant now) {
        return database.write(c -> {
            List<PaymentOrder> expired = expire(c, now);
            List<StoredOrder> stored = new ArrayList<>();
            for (PaymentOrder order : expired) {
                latest(c, order.billNumber()).ifPresent(stored::add);
            }
            return stored;
        });
    }

    /** Orders a cashier still has to look at: OPEN (waiting for money) and SHORT_PAID (less arrived), oldest first. */
    public List<StoredOrder> waiting(Instant now) {
        return database.write(c -> {
            expire(c, now);
            return query(c, "WHERE status IN ('OPEN', 'SHORT_PAID') ORDER BY id", null);
        });
    }

    /**
     * The cashier cancels the bill's OPEN or SHORT_PAID order (the patient left, or will pay another way);
     * counted as CANCELLED.
     *
     * @return the cancelled order, or empty when the bill has no order waiting
     */
    public Optional<StoredOrder> cancel(String billNumber, String reason, Instant now) {
        return database.write(c -> {
            expire(c, now);
            Optional<StoredOrder> latest = latest(c, billNumber);
            if (latest.isEmpty() || !waitingStatus(latest.get().status())) {
                return Optional.empty();
            }
            closeById(c, billNumber, latest.get().status(), Status.CANCELLED, null, reason, now);
            SqlitePaymentOutcomes.insert(c, new PaymentOutcome(day(now), PaymentOutcome.Method.QR,
                    latest.get().order().amountDong(), PaymentOutcome.Result.CANCELLED, Optional.empty()));
            return latest(c, billNumber);
        });
    }

    /**
     * The cashier marks the bill paid by hand, with a reason: cash at the counter, or a transfer seen in the
     * bank's app whose notification never came. Allowed for an OPEN, SHORT_PAID or EXPIRED order (the money
     * may arrive after the code expired); counted as PAID by that method, for the whole amount of the bill.
     *
     * @return the paid order, or empty when the bill has no such order
     */
    public Optional<StoredOrder> markPaid(String billNumber, PaymentOutcome.Method method, String reason,
                                          Instant now) {
        Objects.requireNonNull(method, "method");
        return database.write(c -> {
            expire(c, now);
            Optional<StoredOrder> latest = latest(c, billNumber);
            if (latest.isEmpty() || !(waitingStatus(latest.get().status())
                    || latest.get().status() == Status.EXPIRED)) {
                return Optional.empty();
            }
            closeById(c, billNumber, latest.get().status(), Status.PAID, method, reason, now);
            SqlitePaymentOutcomes.insert(c, new PaymentOutcome(day(now), method,
                    latest.get().order().amountDong(), PaymentOutcome.Result.PAID, Optional.empty()));
            return latest(c, billNumber);
        });
    }

    /**
     * Shows the bill's code again: its OPEN order as it is, or, when it expired or was cancelled, a new open
     * order for the same amount and payload, valid for {@code validity} from now.
     *
     * @return the open order, or empty when the bill is unknown, paid, or waiting for the cashier (short paid)
     */
    public Optional<StoredOrder> reshow(String billNumber, Instant now, Duration validity) {
        return database.write(c -> {
            expire(c, now);
            Optional<StoredOrder> latest = latest(c, billNumber);
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            StoredOrder stored = latest.get();
            switch (stored.status()) {
                case OPEN -> {
                    return latest;
                }
                case EXPIRED, CANCELLED -> {
                    insert(c, new PaymentOrder(billNumber, stored.order().amountDong(), now, now.plus(validity)),
                            stored.payload());
                    return latest(c, billNumber);
                }
                default -> {
                    return Optional.empty();
                }
            }
        });
    }

    private static boolean waitingStatus(Status status) {
        return status == Status.OPEN || status == Status.SHORT_PAID;
    }

    static Optional<StoredOrder> latest(Connection c, String billNumber) throws SQLException {
        List<StoredOrder> found = query(c, "WHERE bill_number = ? ORDER BY id DESC LIMIT 1", billNumber);
        return found.stream().findFirst();
    }

    private static List<StoredOrder> query(Connection c, String where, String parameter) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM payment_orders " + where)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<StoredOrder> orders = new ArrayList<>();
                while (rows.next()) {
                    orders.add(stored(rows));
                }
                return orders;
            }
        }
    }

    private static StoredOrder stored(ResultSet rows) throws SQLException {
        PaymentOrder order = new PaymentOrder(rows.getString(2), rows.getLong(3), instant(rows.getString(4)),
                instant(rows.getString(5)));
        long received = rows.getLong(8);
        OptionalLong receivedDong = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(received);
        String method = rows.getString(9);
        return new StoredOrder(order, Status.valueOf(rows.getString(6)), rows.getString(7), receivedDong,
                Optional.ofNullable(method).map(PaymentOutcome.Method::valueOf),
                Optional.ofNullable(rows.getString(10)));
    }

    private static void closeById(Connection c, String billNumber, Status from, Status to,
                                  PaymentOutcome.Method method, String reason, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE payment_orders SET status = ?, paid_method = ?, close_reason = ?, closed_at = ?
                WHERE id = (SELECT MAX(id) FROM payment_orders WHERE bill_number = ?) AND status = ?""")) {
            update.setString(1, to.name());
            update.setString(2, method == null ? null : method.name());
            update.setString(3, reason == null || reason.isBlank() ? null : reason.strip());
            update.setString(4, moment(now));
            update.setString(5, billNumber);
            update.setString(6, from.name());
            update.executeUpdate();
        }
    }

    private List<PaymentOrder> expire(Connection c, Instant now) throws SQLException {
        List<PaymentOrder> expired = new ArrayList<>();
        for (PaymentOrder order : openOrders(c)) {
            if (order.expiredAt(now)) {
                expired.add(order);
            }
        }
        for (PaymentOrder order : expired) {
            close(c, order, Status.EXPIRED, null, null, now);
            SqlitePaymentOutcomes.insert(c, new PaymentOutcome(day(order.expiresAt()), PaymentOutcome.Method.QR,
                    order.amountDong(), PaymentOutcome.Result.EXPIRED, Optional.empty()));
        }
        return expired;
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

    /** @param paidMethod how it was paid, for a PAID order; null otherwise */
    private static void close(Connection c, PaymentOrder order, Status status, Long receivedDong,
                              PaymentOutcome.Method paidMethod, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE payment_orders SET status = ?, received_dong = ?, paid_method = ?, closed_at = ?
                WHERE id = (SELECT MAX(id) FROM payment_orders WHERE bill_number = ?)
                AND status IN ('OPEN', 'SHORT_PAID')""")) {
            update.setString(1, status.name());
            update.setObject(2, receivedDong);
            update.setString(3, paidMethod == null ? null : paidMethod.name());
            update.setString(4, moment(now));
            update.setString(5, order.billNumber());
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

    static String moment(Instant instant) {
        return StoredTimes.moment(StoredTimes.storable(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
    }

    static Instant instant(String text) {
        return StoredTimes.moment(text).toInstant(ZoneOffset.UTC);
    }
}
