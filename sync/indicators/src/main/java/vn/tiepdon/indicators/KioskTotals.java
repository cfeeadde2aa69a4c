package vn.tiepdon.indicators;

import java.util.List;
import java.util.Objects;

/**
 * One kiosk's aggregates of a period, with the kiosk and facility they belong to: what a breakdown by kiosk or by
 * facility groups, on the kiosk (one of these) and on the central server (one per kiosk selected).
 */
public record KioskTotals(String kiosk, String facility, List<EventTotal> totals, List<DurationCount> durations) {

    public KioskTotals {
        Objects.requireNonNull(kiosk, "kiosk");
        Objects.requireNonNull(facility, "facility");
        totals = List.copyOf(totals);
        durations = List.copyOf(durations);
    }
}
