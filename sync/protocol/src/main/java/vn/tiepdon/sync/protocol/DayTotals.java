package vn.tiepdon.sync.protocol;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a kiosk counted on one (hospital-local) day, as it stands at the batch's cursor: the server replaces its
 * copy of the day with this, unless it already holds the day at a later cursor.
 *
 * @param day ISO date, {@code 2026-12-03}
 */
public record DayTotals(String day, List<HourTotal> totals, List<SecondsCount> seconds) {

    public DayTotals {
        if (day == null) {
            throw new BatchRejected(BatchRejected.Reason.MALFORMED, "day is missing");
        }
        try {
            LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new BatchRejected(BatchRejected.Reason.MALFORMED, "day must be a date like 2026-12-03");
        }
        totals = List.copyOf(totals == null ? List.of() : totals);
        seconds = List.copyOf(seconds == null ? List.of() : seconds);
        Set<String> keys = new HashSet<>();
        for (HourTotal total : totals) {
            if (!keys.add(total.hour() + "|" + total.kind() + "|" + total.subject() + "|" + total.flag())) {
                throw new BatchRejected(BatchRejected.Reason.MALFORMED, "a total appears twice in day " + day);
            }
        }
        keys.clear();
        for (SecondsCount bucket : seconds) {
            if (!keys.add(bucket.kind() + "|" + bucket.seconds())) {
                throw new BatchRejected(BatchRejected.Reason.MALFORMED, "a seconds bucket appears twice in day " + day);
            }
        }
    }

    public LocalDate date() {
        return LocalDate.parse(day);
    }
}
