package vn.tiepdon.sync.server.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.tiepdon.sync.protocol.DayTotals;
import vn.tiepdon.sync.protocol.HourTotal;
import vn.tiepdon.sync.protocol.SecondsCount;
import vn.tiepdon.sync.server.store.DaySums;

/**
 * Keeps the day sums reports read ({@link DaySums} in {@code kiosk_days} and {@code facility_days}) equal to the hour
 * rows, inside the transaction that changed them. A kiosk's day is summed from the batch that replaced it; a
 * facility's day is summed again from its kiosks' days rather than adjusted by differences, so nothing can drift.
 */
final class DayRollups {

    private static final String LOCK_FACILITY_DAY = """
            INSERT INTO facility_days (facility, day, changes) VALUES (?, ?, 1)
            ON CONFLICT (facility, day) DO UPDATE SET changes = facility_days.changes + 1""";

    private DayRollups() {
    }

    /**
     * After a kiosk's days were replaced by {@code days}: the kiosk's day sums, then each touched facility's (the
     * kiosk's facility now and any its days were held under before), facility-days in one order so two batches
     * cannot lock each other.
     */
    static void refresh(Connection c, String kiosk, String facility, List<DayTotals> days) throws SQLException {
        SortedSet<String> facilities = new TreeSet<>();
        facilities.add(facility);
        SortedSet<String> changedDays = new TreeSet<>();
        try (PreparedStatement former = c.prepareStatement(
                "SELECT facility FROM kiosk_days WHERE kiosk_id = ? AND day = ? AND facility IS NOT NULL");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE kiosk_days SET facility = ?, totals = ?, seconds = ? WHERE kiosk_id = ? AND day = ?")) {
            for (DayTotals day : days) {
                former.setString(1, kiosk);
                former.setString(2, day.day());
                try (ResultSet rows = former.executeQuery()) {
                    while (rows.next()) {
                        facilities.add(rows.getString(1));
                    }
                }
                DaySums sums = sums(day);
                update.setString(1, facility);
                update.setString(2, sums.totalsText());
                update.setString(3, sums.secondsText());
                update.setString(4, kiosk);
                update.setString(5, day.day());
                update.executeUpdate();
                changedDays.add(day.day());
            }
        }
        try (PreparedStatement lock = c.prepareStatement(LOCK_FACILITY_DAY);
             PreparedStatement kiosks = c.prepareStatement(
                     "SELECT totals, seconds FROM kiosk_days WHERE facility = ? AND day = ?");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE facility_days SET totals = ?, seconds = ? WHERE facility = ? AND day = ?")) {
            for (String day : changedDays) {
                for (String each : facilities) {
                    lock.setString(1, each);
                    lock.setString(2, day);
                    lock.executeUpdate();
                    DaySums sums = new DaySums();
                    kiosks.setString(1, each);
                    kiosks.setString(2, day);
                    try (ResultSet rows = kiosks.executeQuery()) {
                        while (rows.next()) {
                            sums.addText(rows.getString(1), rows.getString(2));
                        }
                    }
                    update.setString(1, sums.totalsText());
                    update.setString(2, sums.secondsText());
                    update.setString(3, each);
                    update.setString(4, day);
                    update.executeUpdate();
                }
            }
        }
    }

    /** A kiosk's day from its batch: the hour rows summed by kind, subject and flag, and its histograms. */
    static DaySums sums(DayTotals day) {
        DaySums sums = new DaySums();
        for (HourTotal total : day.totals()) {
            sums.addTotal(total.kind(), total.subject(), total.flag(), total.count(), total.amountDong(),
                    total.millisSum());
        }
        for (SecondsCount bucket : day.seconds()) {
            sums.addSeconds(bucket.kind(), bucket.seconds(), bucket.count());
        }
        return sums;
    }
}
