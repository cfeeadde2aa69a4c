package vn.tiepdon.sync.server.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Keeps the day-level tables reports read ({@code kiosk_day_totals}, {@code facility_day_totals},
 * {@code facility_second_counts}) equal to the hour rows, inside the transaction that changed them. Recomputed from
 * the rows rather than adjusted by differences: a few hundred rows a day, and nothing can drift.
 */
final class DayRollups {

    private static final String LOCK_FACILITY_DAY = """
            INSERT INTO facility_days (facility, day, changes) VALUES (?, ?, 1)
            ON CONFLICT (facility, day) DO UPDATE SET changes = facility_days.changes + 1""";

    private DayRollups() {
    }

    /**
     * After a kiosk's days were replaced: its day rows, then each touched facility's day (the kiosk's facility now
     * and any it was stored under before), facility-days in one order so two batches cannot lock each other.
     */
    static void refresh(Connection c, String kiosk, String facility, List<String> days, SortedSet<String> formerFacilities)
            throws SQLException {
        for (String day : days) {
            execute(c, "DELETE FROM kiosk_day_totals WHERE kiosk_id = ? AND day = ?", kiosk, day);
            execute(c, """
                    INSERT INTO kiosk_day_totals (kiosk_id, facility, day, kind, subject, flag, count, amount_dong,
                        millis_sum)
                    SELECT kiosk_id, facility, day, kind, subject, flag, SUM(count), SUM(amount_dong), SUM(millis_sum)
                    FROM hour_totals WHERE kiosk_id = ? AND day = ?
                    GROUP BY kiosk_id, facility, day, kind, subject, flag""", kiosk, day);
        }
        SortedSet<String> facilities = new TreeSet<>(formerFacilities);
        facilities.add(facility);
        for (String day : new TreeSet<>(days)) {
            for (String each : facilities) {
                execute(c, LOCK_FACILITY_DAY, each, day);
                execute(c, "DELETE FROM facility_day_totals WHERE facility = ? AND day = ?", each, day);
                execute(c, """
                        INSERT INTO facility_day_totals (facility, day, kind, subject, flag, count, amount_dong,
                            millis_sum)
                        SELECT facility, day, kind, subject, flag, SUM(count), SUM(amount_dong), SUM(millis_sum)
                        FROM kiosk_day_totals WHERE facility = ? AND day = ?
                        GROUP BY facility, day, kind, subject, flag""", each, day);
                execute(c, "DELETE FROM facility_second_counts WHERE facility = ? AND day = ?", each, day);
                execute(c, """
                        INSERT INTO facility_second_counts (facility, day, kind, seconds, count)
                        SELECT facility, day, kind, seconds, SUM(count) FROM second_counts
                        WHERE facility = ? AND day = ? GROUP BY facility, day, kind, seconds""", each, day);
            }
        }
    }

    private static void execute(Connection c, String sql, String first, String second) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, first);
            statement.setString(2, second);
            statement.executeUpdate();
        }
    }
}
