package vn.tiepdon.sync.server.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.tiepdon.sync.protocol.Batch;
import vn.tiepdon.sync.protocol.BatchAck;
import vn.tiepdon.sync.protocol.DayTotals;
import vn.tiepdon.sync.protocol.HourTotal;
import vn.tiepdon.sync.protocol.SecondsCount;
import vn.tiepdon.sync.protocol.SyncProtocol;
import vn.tiepdon.sync.server.kiosks.Kiosk;
import vn.tiepdon.sync.server.store.ServerDatabase;

/**
 * Keeps a kiosk's batch: per day, the totals of the batch with the highest cursor (sync/PROTOCOL.md). One transaction
 * per batch, so a batch is kept whole or not at all.
 *
 * <p>Exact under concurrency, also with several servers on one PostgreSQL: the day's cursor is raised by one upsert
 * that only writes when the new cursor is higher, and that row stays locked until the commit. A second batch for the
 * same kiosk and day waits for it, then sees the committed cursor and either replaces the day after it or leaves it.
 */
public final class BatchStore {

    /** The kiosk was revoked between the token check and the write. */
    public static final class KioskRevoked extends RuntimeException {
        KioskRevoked() {
            super("the kiosk's token was revoked", null, false, false);
        }
    }

    private static final String SEEN = """
            UPDATE kiosks SET last_seen = ?,
                last_cursor = CASE WHEN last_cursor IS NULL OR last_cursor < ? THEN ? ELSE last_cursor END
            WHERE kiosk_id = ? AND revoked_at IS NULL""";
    private static final String RAISE_CURSOR = """
            INSERT INTO kiosk_days (kiosk_id, day, cursor, received_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (kiosk_id, day) DO UPDATE SET cursor = excluded.cursor, received_at = excluded.received_at
            WHERE kiosk_days.cursor < excluded.cursor""";
    private static final String DELETE_TOTALS = "DELETE FROM hour_totals WHERE kiosk_id = ? AND day = ?";
    private static final String DELETE_SECONDS = "DELETE FROM second_counts WHERE kiosk_id = ? AND day = ?";
    private static final String INSERT_TOTAL = """
            INSERT INTO hour_totals (kiosk_id, facility, day, hour, kind, subject, flag, count, amount_dong, millis_sum)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SECONDS = """
            INSERT INTO second_counts (kiosk_id, facility, day, kind, seconds, count) VALUES (?, ?, ?, ?, ?, ?)""";

    private final ServerDatabase database;

    public BatchStore(ServerDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Keeps the days of {@code batch} that are newer than what the server holds; the caller has checked that the
     * batch is the kiosk's own.
     *
     * @throws KioskRevoked when the kiosk was revoked meanwhile (nothing is kept)
     */
    public BatchAck store(Kiosk kiosk, Batch batch) {
        long now = System.currentTimeMillis();
        // Days in one order for every batch: two batches of one kiosk then lock its days in the same order and
        // cannot deadlock each other.
        List<DayTotals> days = new ArrayList<>(batch.days());
        days.sort(Comparator.comparing(DayTotals::day));
        int stored = database.write(c -> {
            markSeen(c, kiosk, batch.cursor(), now);
            List<DayTotals> newer = raiseCursors(c, kiosk, batch.cursor(), days, now);
            if (!newer.isEmpty()) {
                replaceRows(c, kiosk, newer);
            }
            return newer.size();
        });
        return new BatchAck(SyncProtocol.VERSION, batch.cursor(), stored, days.size() - stored);
    }

    /** Also the check that the kiosk still may write: its row is locked until the commit, so revoking waits. */
    private static void markSeen(Connection c, Kiosk kiosk, long cursor, long now) throws SQLException {
        try (PreparedStatement seen = c.prepareStatement(SEEN)) {
            seen.setLong(1, now);
            seen.setLong(2, cursor);
            seen.setLong(3, cursor);
            seen.setString(4, kiosk.id());
            if (seen.executeUpdate() == 0) {
                throw new KioskRevoked();
            }
        }
    }

    /** The days whose cursor this batch raised: only those are replaced. */
    private static List<DayTotals> raiseCursors(Connection c, Kiosk kiosk, long cursor, List<DayTotals> days,
                                                long now) throws SQLException {
        List<DayTotals> newer = new ArrayList<>();
        try (PreparedStatement raise = c.prepareStatement(RAISE_CURSOR)) {
            for (DayTotals day : days) {
                raise.setString(1, kiosk.id());
                raise.setString(2, day.day());
                raise.setLong(3, cursor);
                raise.setLong(4, now);
                if (raise.executeUpdate() > 0) {
                    newer.add(day);
                }
            }
        }
        return newer;
    }

    private static void replaceRows(Connection c, Kiosk kiosk, List<DayTotals> days) throws SQLException {
        for (String delete : List.of(DELETE_TOTALS, DELETE_SECONDS)) {
            try (PreparedStatement statement = c.prepareStatement(delete)) {
                for (DayTotals day : days) {
                    statement.setString(1, kiosk.id());
                    statement.setString(2, day.day());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_TOTAL)) {
            for (DayTotals day : days) {
                for (HourTotal total : day.totals()) {
                    insert.setString(1, kiosk.id());
                    insert.setString(2, kiosk.facility());
                    insert.setString(3, day.day());
                    insert.setInt(4, total.hour());
                    insert.setString(5, total.kind());
                    insert.setString(6, total.subject());
                    insert.setInt(7, total.flag());
                    insert.setLong(8, total.count());
                    insert.setLong(9, total.amountDong());
                    insert.setLong(10, total.millisSum());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_SECONDS)) {
            for (DayTotals day : days) {
                for (SecondsCount bucket : day.seconds()) {
                    insert.setString(1, kiosk.id());
                    insert.setString(2, kiosk.facility());
                    insert.setString(3, day.day());
                    insert.setString(4, bucket.kind());
                    insert.setLong(5, bucket.seconds());
                    insert.setLong(6, bucket.count());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
