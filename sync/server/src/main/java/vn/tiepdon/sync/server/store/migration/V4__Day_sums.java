package vn.tiepdon.sync.server.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.tiepdon.sync.server.store.DaySums;

/**
 * Day sums as text in each kiosk's and facility's day row ({@link DaySums}) instead of V3's row per kind and per
 * histogram bucket: a year's report read 400 k rows and spent most of its time on them. Written in Java because the
 * texts are built the same way the ingest builds them, on SQLite and PostgreSQL alike.
 */
public final class V4__Day_sums extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement ddl = c.createStatement()) {
            ddl.execute("ALTER TABLE kiosk_days ADD COLUMN facility VARCHAR(16)");
            ddl.execute("ALTER TABLE kiosk_days ADD COLUMN totals TEXT");
            ddl.execute("ALTER TABLE kiosk_days ADD COLUMN seconds TEXT");
            ddl.execute("ALTER TABLE facility_days ADD COLUMN totals TEXT");
            ddl.execute("ALTER TABLE facility_days ADD COLUMN seconds TEXT");
            // A facility's day is summed from its kiosks' days: on every batch, and below for each held day.
            ddl.execute("CREATE INDEX kiosk_days_by_facility ON kiosk_days (facility, day)");
        }
        backfillKioskDays(c);
        backfillFacilityDays(c);
        try (Statement ddl = c.createStatement()) {
            ddl.execute("DROP TABLE kiosk_day_totals");
            ddl.execute("DROP TABLE facility_day_totals");
            ddl.execute("DROP TABLE facility_second_counts");
        }
    }

    private static void backfillKioskDays(Connection c) throws SQLException {
        List<String[]> days = rows(c, "SELECT kiosk_id, day FROM kiosk_days ORDER BY kiosk_id, day", 2);
        try (PreparedStatement totals = c.prepareStatement("""
                SELECT facility, kind, subject, flag, SUM(count), SUM(amount_dong), SUM(millis_sum) FROM hour_totals
                WHERE day = ? AND kiosk_id = ? GROUP BY facility, kind, subject, flag""");
             PreparedStatement seconds = c.prepareStatement(
                     "SELECT facility, kind, seconds, count FROM second_counts WHERE day = ? AND kiosk_id = ?");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE kiosk_days SET facility = ?, totals = ?, seconds = ? WHERE kiosk_id = ? AND day = ?")) {
            for (String[] day : days) {
                DaySums sums = new DaySums();
                String facility = null;
                totals.setString(1, day[1]);
                totals.setString(2, day[0]);
                try (ResultSet rows = totals.executeQuery()) {
                    while (rows.next()) {
                        facility = rows.getString(1);
                        sums.addTotal(rows.getString(2), rows.getString(3), rows.getInt(4), rows.getLong(5),
                                rows.getLong(6), rows.getLong(7));
                    }
                }
                seconds.setString(1, day[1]);
                seconds.setString(2, day[0]);
                try (ResultSet rows = seconds.executeQuery()) {
                    while (rows.next()) {
                        facility = rows.getString(1);
                        sums.addSeconds(rows.getString(2), rows.getLong(3), rows.getLong(4));
                    }
                }
                if (facility != null) {
                    update.setString(1, facility);
                    update.setString(2, sums.totalsText());
                    update.setString(3, sums.secondsText());
                    update.setString(4, day[0]);
                    update.setString(5, day[1]);
                    update.executeUpdate();
                }
            }
        }
    }

    private static void backfillFacilityDays(Connection c) throws SQLException {
        try (Statement clear = c.createStatement()) {
            clear.execute("DELETE FROM facility_days");
        }
        List<String[]> days = rows(c, "SELECT DISTINCT facility, day FROM kiosk_days WHERE facility IS NOT NULL", 2);
        try (PreparedStatement kiosks = c.prepareStatement(
                "SELECT totals, seconds FROM kiosk_days WHERE facility = ? AND day = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO facility_days (facility, day, changes, totals, seconds) VALUES (?, ?, 0, ?, ?)")) {
            for (String[] day : days) {
                DaySums sums = new DaySums();
                kiosks.setString(1, day[0]);
                kiosks.setString(2, day[1]);
                try (ResultSet rows = kiosks.executeQuery()) {
                    while (rows.next()) {
                        sums.addText(rows.getString(1), rows.getString(2));
                    }
                }
                insert.setString(1, day[0]);
                insert.setString(2, day[1]);
                insert.setString(3, sums.totalsText());
                insert.setString(4, sums.secondsText());
                insert.executeUpdate();
            }
        }
    }

    private static List<String[]> rows(Connection c, String sql, int columns) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement query = c.createStatement(); ResultSet result = query.executeQuery(sql)) {
            while (result.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
