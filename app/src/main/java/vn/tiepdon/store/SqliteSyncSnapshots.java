package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.sync.client.Snapshot;
import vn.tiepdon.sync.client.SnapshotSource;
import vn.tiepdon.sync.protocol.BatchRejected;
import vn.tiepdon.sync.protocol.DayTotals;
import vn.tiepdon.sync.protocol.HourTotal;
import vn.tiepdon.sync.protocol.SecondsCount;

/**
 * What the sync client sends: the event sequence and the aggregates of the days the server does not hold at their
 * latest event, read in one read transaction so the cursor and the totals agree. A day is sent when it has no
 * acknowledgement yet (every day the first time, and a day whose events were purged before it was ever
 * acknowledged: the aggregates outlive the events), or when it has an event newer than its acknowledgement.
 * Reads through its own read-only connection, so the issuing connection is never held up.
 */
public final class SqliteSyncSnapshots implements SnapshotSource {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteSyncSnapshots.class);
    /** The schema version that brought the sync tables; a reader needs a database at least this new. */
    public static final int SCHEMA_VERSION = 11;

    /** Days never acknowledged: every day of the aggregates without a row in {@code sync_days}. */
    private static final String UNACKNOWLEDGED = """
            SELECT day FROM event_day_totals WHERE day NOT IN (SELECT day FROM sync_days)
            UNION SELECT day FROM event_seconds WHERE day NOT IN (SELECT day FROM sync_days)""";
    /** Days with an event after their acknowledgement: one index seek a day ({@code events_by_day} ends in the id). */
    private static final String CHANGED = """
            SELECT s.day FROM sync_days s
            WHERE EXISTS (SELECT 1 FROM events e WHERE e.day = s.day AND e.id > s.acked_cursor)""";

    private final KioskDatabase reading;

    /** @param reading a connection of the sync's own, e.g. {@link KioskDatabase#openForReading} */
    public SqliteSyncSnapshots(KioskDatabase reading) {
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    @Override
    public Snapshot read() {
        return reading.readSnapshot(c -> {
            long cursor = cursor(c);
            TreeSet<String> days = new TreeSet<>();
            days.addAll(strings(c, UNACKNOWLEDGED));
            days.addAll(strings(c, CHANGED));
            List<DayTotals> totals = new ArrayList<>();
            for (String day : days) {
                totals.add(day(c, day));
            }
            return new Snapshot(cursor, totals);
        });
    }

    /** The id of the last event ever written (AUTOINCREMENT keeps it even when the events are deleted). */
    static long cursor(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'events'")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    private static DayTotals day(Connection c, String day) throws SQLException {
        List<HourTotal> totals = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("""
                SELECT hour, kind, subject, flag, count, amount_dong, millis_sum FROM event_totals WHERE day = ?
                ORDER BY hour, kind, subject, flag""")) {
            query.setString(1, day);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    try {
                        totals.add(new HourTotal(rows.getInt(1), rows.getString(2), rows.getString(3),
                                rows.getInt(4), rows.getLong(5), rows.getLong(6), rows.getLong(7)));
                    } catch (BatchRejected e) {
                        skipped(day, e);
                    }
                }
            }
        }
        List<SecondsCount> seconds = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT kind, seconds, count FROM event_seconds WHERE day = ? ORDER BY kind, seconds")) {
            query.setString(1, day);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    try {
                        seconds.add(new SecondsCount(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                    } catch (BatchRejected e) {
                        skipped(day, e);
                    }
                }
            }
        }
        return new DayTotals(day, totals, seconds);
    }

    /**
     * A row the protocol cannot carry (a subject that is not a short code) stays on the kiosk rather than stopping
     * every later batch; the message names the field, never the value.
     */
    private static void skipped(String day, BatchRejected e) {
        LOG.warn("Sync: a total of {} is not sent: {}", day, e.getMessage());
    }
}
