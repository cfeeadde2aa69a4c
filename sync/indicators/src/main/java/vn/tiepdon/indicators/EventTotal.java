package vn.tiepdon.indicators;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The per-day aggregate every indicator is computed from: how many events of one kind and subject a kiosk counted
 * in one hour of one (hospital-local) day, with their amounts and durations summed. Events older than the
 * retention age are deleted; these totals stay, so a report over a past year reads the same as one over today.
 */
public record EventTotal(LocalDate day, int hour, EventKind kind, String subject, int flag, long count,
                         long amountDong, long millisSum) {

    /** The hour of a total that covers the whole day (read from the day-level aggregate). */
    public static final int WHOLE_DAY = -1;

    public EventTotal {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (hour < WHOLE_DAY || hour > 23) {
            throw new IllegalArgumentException("hour 0–23 or WHOLE_DAY, was " + hour);
        }
    }
}
