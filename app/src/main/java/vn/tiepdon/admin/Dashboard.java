package vn.tiepdon.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tiepdon.indicators.DurationCount;
import vn.tiepdon.indicators.EventTotal;
import vn.tiepdon.indicators.Indicators;

/**
 * What the admin screen shows: today's and this week's indicators (the week from Monday), today's tickets by hour,
 * the registrations of the last seven days, and the devices. Built from the same aggregates and the same
 * {@link Indicators} as every report.
 */
public record Dashboard(LocalDate today, Figures todayFigures, Figures weekFigures, long[] ticketsByHourToday,
                        Map<LocalDate, Long> registrationsLastSevenDays, DeviceHealth devices) {

    public Dashboard {
        Objects.requireNonNull(today, "today");
        ticketsByHourToday = ticketsByHourToday.clone();
        registrationsLastSevenDays = java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(registrationsLastSevenDays));
    }

    /** The first day the dashboard needs figures for: the earlier of this Monday and six days ago. */
    public static LocalDate firstDayNeeded(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sixDaysAgo = today.minusDays(6);
        return monday.isBefore(sixDaysAgo) ? monday : sixDaysAgo;
    }

    /**
     * @param totals    hourly totals from {@link #firstDayNeeded} to {@code today}
     * @param durations duration counts of the same days
     */
    public static Dashboard of(LocalDate today, List<EventTotal> totals, List<DurationCount> durations,
                               DeviceHealth devices) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Indicators todays = Indicators.of(between(totals, today, today), durationsBetween(durations, today, today));
        Indicators weeks = Indicators.of(between(totals, monday, today), durationsBetween(durations, monday, today));
        Map<LocalDate, Long> lastSeven = new LinkedHashMap<>();
        for (LocalDate day = today.minusDays(6); !day.isAfter(today); day = day.plusDays(1)) {
            lastSeven.put(day, Indicators.of(between(totals, day, day), List.of()).registrations());
        }
        return new Dashboard(today, Figures.of(todays), Figures.of(weeks), todays.ticketsByHour(), lastSeven, devices);
    }

    @Override
    public long[] ticketsByHourToday() {
        return ticketsByHourToday.clone();
    }

    private static List<EventTotal> between(List<EventTotal> totals, LocalDate from, LocalDate to) {
        List<EventTotal> kept = new ArrayList<>();
        for (EventTotal total : totals) {
            if (!total.day().isBefore(from) && !total.day().isAfter(to)) {
                kept.add(total);
            }
        }
        return kept;
    }

    private static List<DurationCount> durationsBetween(List<DurationCount> durations, LocalDate from, LocalDate to) {
        List<DurationCount> kept = new ArrayList<>();
        for (DurationCount duration : durations) {
            if (!duration.day().isBefore(from) && !duration.day().isAfter(to)) {
                kept.add(duration);
            }
        }
        return kept;
    }
}
