package vn.tiepdon.sync.server.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final String SELECT_TOTALS = """
            SELECT hour, kind, subject, flag, count, amount_dong, millis_sum, facility FROM hour_totals
            WHERE day = ? AND kiosk_id = ?""";
    private static final String SELECT_SECONDS = """
            SELECT kind, seconds, count, facility FROM second_counts WHERE day = ? AND kiosk_id = ?""";
    private static final String TOTAL_KEY = "day = ? AND kiosk_id = ? AND hour = ? AND kind = ? AND subject = ? AND flag = ?";
    private static final String DELETE_TOTAL = "DELETE FROM hour_totals WHERE " + TOTAL_KEY;
    private static final String UPDATE_TOTAL =
            "UPDATE hour_totals SET count = ?, amount_dong = ?, millis_sum = ?, facility = ? WHERE " + TOTAL_KEY;
    private static final String SECONDS_KEY = "day = ? AND kiosk_id = ? AND kind = ? AND seconds = ?";
    private static final String DELETE_SECONDS_ROW = "DELETE FROM second_counts WHERE " + SECONDS_KEY;
    private static final String UPDATE_SECONDS =
            "UPDATE second_counts SET count = ?, facility = ? WHERE " + SECONDS_KEY;
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
                List<String> changedDays = replaceRows(c, kiosk, newer);
                // A day whose rows all stayed as they were (a kiosk with nothing new since its last batch) leaves
                // its sums as they are.
                if (!changedDays.isEmpty()) {
                    DayRollups.refresh(c, kiosk.id(), kiosk.facility(),
                            newer.stream().filter(day -> changedDays.contains(day.day())).toList());
                }
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

    /**
     * Brings each day's rows to the batch's: rows whose values are unchanged are left alone, so a batch whose day
     * only moved in its current hour writes a few rows, not the whole day. The day's kiosk_days row is locked by
     * this transaction (raiseCursors), so no other batch writes these rows until the commit.
     *
     * @return the days of which a row was written
     */
    private static List<String> replaceRows(Connection c, Kiosk kiosk, List<DayTotals> days) throws SQLException {
        try (PreparedStatement selectTotals = c.prepareStatement(SELECT_TOTALS);
             PreparedStatement selectSeconds = c.prepareStatement(SELECT_SECONDS);
             PreparedStatement deleteTotal = c.prepareStatement(DELETE_TOTAL);
             PreparedStatement deleteSeconds = c.prepareStatement(DELETE_SECONDS_ROW);
             PreparedStatement updateTotal = c.prepareStatement(UPDATE_TOTAL);
             PreparedStatement updateSeconds = c.prepareStatement(UPDATE_SECONDS);
             PreparedStatement insertTotal = c.prepareStatement(INSERT_TOTAL);
             PreparedStatement insertSeconds = c.prepareStatement(INSERT_SECONDS)) {
            int[] pending = new int[6];
            List<String> changed = new ArrayList<>();
            for (DayTotals day : days) {
                int before = Arrays.stream(pending).sum();
                Map<TotalKey, long[]> heldTotals = heldTotals(selectTotals, kiosk, day.day());
                for (HourTotal total : day.totals()) {
                    long[] held = heldTotals.remove(new TotalKey(total));
                    if (held == null) {
                        bindTotal(insertTotal, kiosk, day.day(), total);
                        insertTotal.addBatch();
                        pending[0]++;
                    } else if (!same(held, total)) {
                        updateTotal.setLong(1, total.count());
                        updateTotal.setLong(2, total.amountDong());
                        updateTotal.setLong(3, total.millisSum());
                        updateTotal.setString(4, kiosk.facility());
                        bindTotalKey(updateTotal, 5, kiosk, day.day(), new TotalKey(total));
                        updateTotal.addBatch();
                        pending[1]++;
                    }
                }
                for (TotalKey gone : heldTotals.keySet()) {
                    bindTotalKey(deleteTotal, 1, kiosk, day.day(), gone);
                    deleteTotal.addBatch();
                    pending[2]++;
                }
                Map<SecondsKey, long[]> heldSeconds = heldSeconds(selectSeconds, kiosk, day.day());
                for (SecondsCount bucket : day.seconds()) {
                    SecondsKey key = new SecondsKey(bucket.kind(), bucket.seconds());
                    long[] held = heldSeconds.remove(key);
                    if (held == null) {
                        insertSeconds.setString(1, kiosk.id());
                        insertSeconds.setString(2, kiosk.facility());
                        insertSeconds.setString(3, day.day());
                        insertSeconds.setString(4, bucket.kind());
                        insertSeconds.setLong(5, bucket.seconds());
                        insertSeconds.setLong(6, bucket.count());
                        insertSeconds.addBatch();
                        pending[3]++;
                    } else if (held[1] == 0 || held[0] != bucket.count()) {
                        updateSeconds.setLong(1, bucket.count());
                        updateSeconds.setString(2, kiosk.facility());
                        bindSecondsKey(updateSeconds, 3, kiosk, day.day(), key);
                        updateSeconds.addBatch();
                        pending[4]++;
                    }
                }
                for (SecondsKey gone : heldSeconds.keySet()) {
                    bindSecondsKey(deleteSeconds, 1, kiosk, day.day(), gone);
                    deleteSeconds.addBatch();
                    pending[5]++;
                }
                if (Arrays.stream(pending).sum() > before) {
                    changed.add(day.day());
                }
            }
            // Deletes first: a row removed and another inserted never collide, and the order is fixed for every batch.
            PreparedStatement[] inOrder = {deleteTotal, deleteSeconds, updateTotal, updateSeconds, insertTotal,
                    insertSeconds};
            int[] counts = {pending[2], pending[5], pending[1], pending[4], pending[0], pending[3]};
            for (int i = 0; i < inOrder.length; i++) {
                if (counts[i] > 0) {
                    inOrder[i].executeBatch();
                }
            }
            return changed;
        }
    }

    /** A row of hour_totals within one kiosk's day. */
    private record TotalKey(int hour, String kind, String subject, int flag) {
        TotalKey(HourTotal total) {
            this(total.hour(), total.kind(), total.subject(), total.flag());
        }
    }

    /** A row of second_counts within one kiosk's day. */
    private record SecondsKey(String kind, long seconds) {
    }

    /**
     * The day's rows as held, by key: count, amount, duration, and 1 when the row is kept under the kiosk's facility
     * (0 when the kiosk moved: then the row is rewritten whatever its values).
     */
    private static Map<TotalKey, long[]> heldTotals(PreparedStatement select, Kiosk kiosk, String day)
            throws SQLException {
        select.setString(1, day);
        select.setString(2, kiosk.id());
        Map<TotalKey, long[]> held = new HashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                held.put(new TotalKey(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getInt(4)),
                        new long[] {rows.getLong(5), rows.getLong(6), rows.getLong(7),
                                kiosk.facility().equals(rows.getString(8)) ? 1 : 0});
            }
        }
        return held;
    }

    private static boolean same(long[] held, HourTotal total) {
        return held[3] == 1 && held[0] == total.count() && held[1] == total.amountDong()
                && held[2] == total.millisSum();
    }

    /** Per bucket: its count and 1 when kept under the kiosk's facility, as {@link #heldTotals}. */
    private static Map<SecondsKey, long[]> heldSeconds(PreparedStatement select, Kiosk kiosk, String day)
            throws SQLException {
        select.setString(1, day);
        select.setString(2, kiosk.id());
        Map<SecondsKey, long[]> held = new HashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                held.put(new SecondsKey(rows.getString(1), rows.getLong(2)),
                        new long[] {rows.getLong(3), kiosk.facility().equals(rows.getString(4)) ? 1 : 0});
            }
        }
        return held;
    }

    private static void bindTotal(PreparedStatement insert, Kiosk kiosk, String day, HourTotal total)
            throws SQLException {
        insert.setString(1, kiosk.id());
        insert.setString(2, kiosk.facility());
        insert.setString(3, day);
        insert.setInt(4, total.hour());
        insert.setString(5, total.kind());
        insert.setString(6, total.subject());
        insert.setInt(7, total.flag());
        insert.setLong(8, total.count());
        insert.setLong(9, total.amountDong());
        insert.setLong(10, total.millisSum());
    }

    private static void bindTotalKey(PreparedStatement statement, int first, Kiosk kiosk, String day, TotalKey total)
            throws SQLException {
        statement.setString(first, day);
        statement.setString(first + 1, kiosk.id());
        statement.setInt(first + 2, total.hour());
        statement.setString(first + 3, total.kind());
        statement.setString(first + 4, total.subject());
        statement.setInt(first + 5, total.flag());
    }

    private static void bindSecondsKey(PreparedStatement statement, int first, Kiosk kiosk, String day,
                                       SecondsKey bucket) throws SQLException {
        statement.setString(first, day);
        statement.setString(first + 1, kiosk.id());
        statement.setString(first + 2, bucket.kind());
        statement.setLong(first + 3, bucket.seconds());
    }
}
