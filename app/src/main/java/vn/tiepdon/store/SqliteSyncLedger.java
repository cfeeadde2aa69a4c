package vn.tiepdon.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.sync.client.SyncLedger;
import vn.tiepdon.sync.client.SyncOutcome;

/**
 * What the indicator server acknowledged, per day ({@code sync_days}), and how the last attempt went
 * ({@code sync_state}): kept in the kiosk's file, so a restart neither resends everything nor forgets that the
 * server was unreachable. Small writes that can wait: they never use the space held for ticket numbers.
 */
public final class SqliteSyncLedger implements SyncLedger {

    /** How the last attempt went, and when the last one succeeded. */
    public record State(SyncOutcome lastAttempt, Optional<Instant> lastSuccess) {
    }

    private final KioskDatabase database;

    public SqliteSyncLedger(KioskDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void acknowledged(Collection<String> days, long cursor) {
        database.writeIfRoom(c -> {
            // A late acknowledgement never moves a day back: the highest cursor wins, as on the server.
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO sync_days (day, acked_cursor) VALUES (?, ?)
                    ON CONFLICT (day) DO UPDATE SET acked_cursor = MAX(acked_cursor, excluded.acked_cursor)""")) {
                for (String day : days) {
                    upsert.setString(1, day);
                    upsert.setLong(2, cursor);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void finished(SyncOutcome outcome) {
        String at = StoredTimes.instant(outcome.at());
        database.writeIfRoom(c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO sync_state (id, last_attempt_at, last_status, last_http_status, last_detail,
                                            last_success_at)
                    VALUES (1, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET last_attempt_at = excluded.last_attempt_at,
                        last_status = excluded.last_status, last_http_status = excluded.last_http_status,
                        last_detail = excluded.last_detail,
                        last_success_at = COALESCE(excluded.last_success_at, last_success_at)""")) {
                upsert.setString(1, at);
                upsert.setString(2, outcome.status().name());
                upsert.setInt(3, outcome.httpStatus());
                upsert.setString(4, outcome.detail());
                upsert.setString(5, outcome.succeeded() ? at : null);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** The last attempt, if the kiosk ever tried. */
    public Optional<State> state() {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT last_attempt_at, last_status, last_http_status, last_detail, last_success_at
                    FROM sync_state WHERE id = 1""");
                 ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                SyncOutcome last = new SyncOutcome(status(rows.getString(2)), StoredTimes.instant(rows.getString(1)),
                        0, 0, 0, 0, rows.getInt(3), Optional.empty(), rows.getString(4));
                return Optional.of(new State(last, Optional.ofNullable(rows.getString(5)).map(StoredTimes::instant)));
            }
        });
    }

    /** A status a newer version wrote reads as an answer this one does not know. */
    private static SyncOutcome.Status status(String name) {
        try {
            return SyncOutcome.Status.valueOf(name);
        } catch (IllegalArgumentException e) {
            return SyncOutcome.Status.UNEXPECTED_ANSWER;
        }
    }

    /** Per day, the cursor the server acknowledged (for the CLI and tests). */
    public java.util.SortedMap<String, Long> acknowledgedDays() {
        return database.read(c -> {
            java.util.SortedMap<String, Long> days = new java.util.TreeMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT day, acked_cursor FROM sync_days");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    days.put(rows.getString(1), rows.getLong(2));
                }
            }
            return days;
        });
    }
}
