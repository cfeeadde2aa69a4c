package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.MaskedAccount;

/**
 * The {@code late_transfers} table, always inside a transaction of {@link SqlitePaymentOrders}: a late transfer is
 * recorded in the same transaction that remembers its bank reference, and recording it as a payment closes the
 * bill in the same transaction that marks it handled, so it can never be counted twice.
 */
final class SqliteLateTransfers {

    private static final String COLUMNS = """
            reference, bill_number, amount_dong, received_at, why, handling, note, bank_reference, sender_masked,
            refunded_at, refund_note""";

    private SqliteLateTransfers() {
    }

    static void insert(Connection c, LateTransfer late) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO late_transfers (reference, bill_number, amount_dong, received_at, why, bank_reference,
                                            sender_masked)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO NOTHING""")) {
            insert.setString(1, late.reference());
            insert.setString(2, late.billNumber());
            insert.setLong(3, late.amountDong());
            insert.setString(4, SqlitePaymentOrders.moment(late.receivedAt()));
            insert.setString(5, late.why().name());
            insert.setString(6, late.bankReference());
            insert.setString(7, late.sender().map(MaskedAccount::shown).orElse(null));
            insert.executeUpdate();
        }
    }

    /** Not yet dealt with by the cashier, oldest first. */
    static List<LateTransfer> unhandled(Connection c) throws SQLException {
        return query(c, "WHERE handling IS NULL ORDER BY id", null);
    }

    /** Marked to refund and not given back yet, oldest first. */
    static List<LateTransfer> toRefund(Connection c) throws SQLException {
        return query(c, "WHERE handling = 'REFUND' AND refunded_at IS NULL ORDER BY id", null);
    }

    static Optional<LateTransfer> find(Connection c, String reference) throws SQLException {
        return query(c, "WHERE reference = ?", reference).stream().findFirst();
    }

    /** @return false when it was already handled (another cashier, or a double click): nothing changes */
    static boolean markHandled(Connection c, String reference, LateTransfer.Handling handling, String note,
                               Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE late_transfers SET handling = ?, note = ?, handled_at = ?
                WHERE reference = ? AND handling IS NULL""")) {
            update.setString(1, handling.name());
            update.setString(2, note.strip());
            update.setString(3, SqlitePaymentOrders.moment(now));
            update.setString(4, reference);
            return update.executeUpdate() == 1;
        }
    }

    /** @return false when it is not marked to refund, or was refunded already (another cashier): nothing changes */
    static boolean markRefunded(Connection c, String reference, String note, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE late_transfers SET refunded_at = ?, refund_note = ?
                WHERE reference = ? AND handling = 'REFUND' AND refunded_at IS NULL""")) {
            update.setString(1, SqlitePaymentOrders.moment(now));
            update.setString(2, note.strip());
            update.setString(3, reference);
            return update.executeUpdate() == 1;
        }
    }

    private static List<LateTransfer> query(Connection c, String where, String parameter) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM late_transfers " + where)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<LateTransfer> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(stored(rows));
                }
                return found;
            }
        }
    }

    /** A row from before version 12 has no bank reference (its reference is shown) and no sender. */
    private static LateTransfer stored(ResultSet rows) throws SQLException {
        String refundedAt = rows.getString(10);
        Optional<LateTransfer.Refund> refunded = refundedAt == null ? Optional.empty()
                : Optional.of(new LateTransfer.Refund(SqlitePaymentOrders.instant(refundedAt),
                        Optional.ofNullable(rows.getString(11)).orElse("")));
        return new LateTransfer(rows.getString(1), rows.getString(2), rows.getLong(3),
                SqlitePaymentOrders.instant(rows.getString(4)), LateTransfer.Why.valueOf(rows.getString(5)),
                Optional.ofNullable(rows.getString(6)).map(LateTransfer.Handling::valueOf),
                Optional.ofNullable(rows.getString(7)), rows.getString(8),
                Optional.ofNullable(rows.getString(9)).map(MaskedAccount::new), refunded);
    }
}
