package vn.tiepdon.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import vn.tiepdon.indicators.EventKind;

/**
 * The counted events in a kiosk database file, read over a connection of the test's own, as another process (or
 * the kiosk after a power cut) would find them: only what was committed.
 */
public final class CountedEvents {

    /** One row of the {@code events} table, in the order it was appended. */
    public record Row(String kiosk, LocalDate day, EventKind kind, String subject, long amountDong,
                      OptionalLong millis) {
    }

    private CountedEvents() {
    }

    public static List<Row> in(Path databaseFile) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             PreparedStatement query = c.prepareStatement(
                     "SELECT kiosk, day, kind, subject, amount_dong, millis FROM events ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            List<Row> found = new ArrayList<>();
            while (rows.next()) {
                long millis = rows.getLong(6);
                OptionalLong duration = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(millis);
                found.add(new Row(rows.getString(1), LocalDate.parse(rows.getString(2)),
                        EventKind.valueOf(rows.getString(3)), rows.getString(4), rows.getLong(5), duration));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the events of " + databaseFile, e);
        }
    }

    /** The payment events only (requested, paid, expired, cancelled). */
    public static List<Row> payments(Path databaseFile) {
        return in(databaseFile).stream().filter(row -> row.kind().name().startsWith("PAYMENT_")).toList();
    }
}
