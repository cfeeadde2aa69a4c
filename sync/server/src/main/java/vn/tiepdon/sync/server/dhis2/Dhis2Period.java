package vn.tiepdon.sync.server.dhis2;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** DHIS2's period types the server reports in, and their names: {@code 20261201}, {@code 2026W49}, {@code 202612}. */
public enum Dhis2Period {
    DAILY, WEEKLY, MONTHLY;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM", Locale.ROOT);

    public static Dhis2Period parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /** One period: its DHIS2 name and its first and last day. */
    public record Span(String name, LocalDate first, LocalDate last) {
    }

    /**
     * The whole periods that touch {@code from}–{@code to}: a value in DHIS2 stands for its whole period, so a
     * partial week sent would overwrite the week's real figure with part of it.
     */
    public List<Span> covering(LocalDate from, LocalDate to) {
        List<Span> spans = new ArrayList<>();
        LocalDate first = start(from);
        while (!first.isAfter(to)) {
            LocalDate next = switch (this) {
                case DAILY -> first.plusDays(1);
                case WEEKLY -> first.plusWeeks(1);
                case MONTHLY -> first.plusMonths(1);
            };
            spans.add(new Span(name(first), first, next.minusDays(1)));
            first = next;
        }
        return spans;
    }

    private LocalDate start(LocalDate day) {
        return switch (this) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
        };
    }

    private String name(LocalDate first) {
        return switch (this) {
            case DAILY -> DAY.format(first);
            // ISO weeks: the week-based year, which differs from the calendar year around 1 January.
            case WEEKLY -> first.get(IsoFields.WEEK_BASED_YEAR) + "W" + first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTHLY -> MONTH.format(first);
        };
    }
}
