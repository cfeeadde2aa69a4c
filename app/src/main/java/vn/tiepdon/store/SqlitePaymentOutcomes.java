package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.payment.CashlessShare;
import vn.tiepdon.payment.PaymentOutcome;

/** Payment outcomes by day, for the cashless share by count and by amount. Counts only. */
public final class SqlitePaymentOutcomes {

    private final KioskDatabase database;

    public SqlitePaymentOutcomes(KioskDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public void record(PaymentOutcome outcome) {
        database.write(c -> insert(c, outcome));
    }

    /** Inside the caller's transaction: a paid order and its outcome are committed together or not at all. */
    static int insert(Connection c, PaymentOutcome outcome) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO payment_outcomes (day, method, amount_dong, result, seconds_to_pay)
                VALUES (?, ?, ?, ?, ?)""")) {
            insert.setString(1, StoredTimes.day(outcome.day()));
            insert.setString(2, outcome.method().name());
            insert.setLong(3, outcome.amountDong());
            insert.setString(4, outcome.result().name());
            if (outcome.timeToPay().isPresent()) {
                insert.setLong(5, outcome.timeToPay().get().toSeconds());
            } else {
                insert.setNull(5, Types.INTEGER);
            }
            return insert.executeUpdate();
        }
    }

    public List<PaymentOutcome> forDay(LocalDate day) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT method, amount_dong, result, seconds_to_pay FROM payment_outcomes WHERE day = ? ORDER BY id""")) {
                query.setString(1, StoredTimes.day(day));
                List<PaymentOutcome> outcomes = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long seconds = rows.getLong(4);
                        Optional<Duration> timeToPay = rows.wasNull() ? Optional.empty()
                                : Optional.of(Duration.ofSeconds(seconds));
                        outcomes.add(new PaymentOutcome(day, PaymentOutcome.Method.valueOf(rows.getString(1)),
                                rows.getLong(2), PaymentOutcome.Result.valueOf(rows.getString(3)), timeToPay));
                    }
                }
                return outcomes;
            }
        });
    }

    public CashlessShare cashlessShare(LocalDate day) {
        return CashlessShare.of(forDay(day));
    }
}
