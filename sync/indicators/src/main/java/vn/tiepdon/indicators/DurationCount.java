package vn.tiepdon.indicators;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many events of a kind on a day took a given whole number of seconds: kept beside the totals so a median
 * can be computed exactly (to the second) after the events themselves are deleted.
 */
public record DurationCount(LocalDate day, EventKind kind, long seconds, long count) {

    public DurationCount {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
    }
}
