package vn.tiepdon.sync.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tiepdon.sync.protocol.DayTotals;
import vn.tiepdon.sync.protocol.HourTotal;
import vn.tiepdon.sync.protocol.SecondsCount;

/**
 * The two ports as a kiosk keeps them, in memory: each day's totals with the cursor of its last change, the
 * acknowledged cursor per day, and the outcomes.
 */
final class InMemoryKiosk implements SnapshotSource, SyncLedger {

    private long cursor;
    private final Map<String, Long> changedAt = new TreeMap<>();
    private final Map<String, DayTotals> days = new TreeMap<>();
    final Map<String, Long> acknowledged = new TreeMap<>();
    final List<SyncOutcome> outcomes = new ArrayList<>();
    RuntimeException failRead;

    /** Counts {@code tickets} more tickets on {@code day}: the day changes, the cursor moves. */
    synchronized InMemoryKiosk count(String day, int tickets) {
        cursor += tickets;
        long before = days.containsKey(day) ? days.get(day).totals().getFirst().count() : 0;
        days.put(day, day(day, before + tickets));
        changedAt.put(day, cursor);
        return this;
    }

    static DayTotals day(String day, long tickets) {
        return new DayTotals(day, List.of(new HourTotal(8, "TICKET_ISSUED", "KB", 0, tickets, 0, 0)),
                List.of(new SecondsCount("TICKET_PRINTED", 6, tickets)));
    }

    @Override
    public synchronized Snapshot read() {
        if (failRead != null) {
            throw failRead;
        }
        List<DayTotals> changed = new ArrayList<>();
        days.forEach((day, totals) -> {
            if (acknowledged.getOrDefault(day, -1L) < changedAt.get(day)) {
                changed.add(totals);
            }
        });
        return new Snapshot(cursor, changed);
    }

    @Override
    public synchronized void acknowledged(Collection<String> acked, long at) {
        acked.forEach(day -> acknowledged.merge(day, at, Math::max));
    }

    @Override
    public synchronized void finished(SyncOutcome outcome) {
        outcomes.add(outcome);
    }

    synchronized long cursor() {
        return cursor;
    }
}
