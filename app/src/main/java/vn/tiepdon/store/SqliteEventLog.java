package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.counts.EventLog;
import vn.tiepdon.indicators.KioskEvent;

/**
 * Counted events in the kiosk database. An event that cannot be written — the disk is full, the file is locked
 * too long — is kept in memory, in order, and written with the next one that can be; the kiosk goes on issuing
 * tickets meanwhile and IT sees the queue ({@link #waiting()}) on the admin screen.
 *
 * <p>The memory queue is bounded ({@value #MEMORY_LIMIT} events, days of a busy kiosk); past it the oldest are
 * dropped and counted ({@link #dropped()}), so a disk that never comes back cannot exhaust the PC's memory.
 */
public final class SqliteEventLog implements EventLog {

    static final int MEMORY_LIMIT = 200_000;
    private static final Logger LOG = LoggerFactory.getLogger(SqliteEventLog.class);

    private final KioskDatabase database;
    private final EventRows rows;
    private final ArrayDeque<KioskEvent> waiting = new ArrayDeque<>();
    private long dropped;
    private boolean failing;

    public SqliteEventLog(KioskDatabase database, ZoneId zone) {
        this.database = Objects.requireNonNull(database, "database");
        this.rows = new EventRows(zone);
    }

    @Override
    public synchronized void record(KioskEvent event) {
        Objects.requireNonNull(event, "event");
        if (waiting.size() >= MEMORY_LIMIT) {
            waiting.removeFirst();
            dropped++;
        }
        waiting.addLast(event);
        flush();
    }

    /** Records several events in one transaction: a ticket's events, a day's history. */
    @Override
    public synchronized void recordAll(List<KioskEvent> events) {
        for (KioskEvent event : events) {
            if (waiting.size() >= MEMORY_LIMIT) {
                waiting.removeFirst();
                dropped++;
            }
            waiting.addLast(Objects.requireNonNull(event, "event"));
        }
        flush();
    }

    /**
     * Writes what waits in memory, oldest first, in one transaction.
     *
     * @return true when nothing waits any more
     */
    public synchronized boolean flush() {
        if (waiting.isEmpty()) {
            return true;
        }
        List<KioskEvent> batch = new ArrayList<>(waiting);
        try {
            database.writeIfRoom(c -> insert(c, batch));
        } catch (StorageException e) {
            if (!failing) {
                LOG.warn("counted events cannot be stored ({}); keeping them in memory until they can",
                        e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                failing = true;
            }
            return false;
        }
        waiting.clear();
        if (failing) {
            LOG.info("counted events are stored again; {} waited in memory", batch.size());
            failing = false;
        }
        return true;
    }

    /**
     * Deletes the events of days before {@code firstKept}. Their aggregates stay (the triggers totalled them when
     * they were written), so every indicator of those days reads the same afterwards.
     *
     * @return how many events were deleted
     */
    public int deleteBefore(LocalDate firstKept) {
        return database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM events WHERE day < ?")) {
                delete.setString(1, StoredTimes.day(firstKept));
                return delete.executeUpdate();
            }
        });
    }

    /** Events waiting in memory for the database. */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** Events lost because the memory queue was full (0 unless storage failed for days). */
    public synchronized long dropped() {
        return dropped;
    }

    private int insert(Connection c, List<KioskEvent> batch) throws SQLException {
        rows.append(c, batch);
        return batch.size();
    }
}
