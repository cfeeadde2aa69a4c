package vn.tiepdon.sync.client;

import java.util.List;
import vn.tiepdon.sync.protocol.DayTotals;

/**
 * What the kiosk's database held at one moment: its event sequence and the absolute totals of the days the server
 * has not yet acknowledged at that sequence. Read in one transaction, so every total counts exactly the events up
 * to {@code cursor}.
 */
public record Snapshot(long cursor, List<DayTotals> days) {

    public Snapshot {
        if (cursor < 0) {
            throw new IllegalArgumentException("cursor is not negative, was " + cursor);
        }
        days = List.copyOf(days);
    }

    /** How many total and histogram rows the days hold, for what the CLI and the log tell. */
    public long rows() {
        return rows(days);
    }

    static long rows(List<DayTotals> days) {
        return days.stream().mapToLong(d -> d.totals().size() + d.seconds().size()).sum();
    }
}
