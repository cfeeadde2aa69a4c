package vn.tiepdon.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ways IT looks at a period: one row per day (every indicator), per hour of the day, per service, or per
 * event kind and subject. Every figure comes from {@link Indicators}, so it is the figure the admin screen shows.
 */
public enum Breakdown {
    DAY,
    /** One row per ISO week ({@code 2026-W49}; a week cut by the period counts only its days inside), then a total. */
    WEEK,
    /** One row per month ({@code 2026-12}), then a total. */
    MONTH,
    HOUR, SERVICE, KIND,
    /** One row per kiosk (every indicator, as a day row), then a total. */
    KIOSK,
    /** One row per facility (every indicator, as a day row), then a total. */
    FACILITY;

    public static Breakdown parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether {@link #table} needs totals by hour, or day-level totals will do (a tenth of the rows). */
    public boolean needsHours() {
        return this == HOUR;
    }

    /** The table of one kiosk's (or already summed) totals; by kiosk or facility it is one row and the total. */
    public StatsTable table(List<EventTotal> totals, List<DurationCount> durations, LocalDate from, LocalDate to) {
        return switch (this) {
            case DAY -> byPeriod(totals, durations, from, to, LocalDate::toString, "day");
            case WEEK -> byPeriod(totals, durations, from, to, Breakdown::isoWeek, "week");
            case MONTH -> byPeriod(totals, durations, from, to, day -> day.toString().substring(0, 7), "month");
            case HOUR -> byHour(Indicators.of(totals, durations));
            case SERVICE -> byService(Indicators.of(totals, durations));
            case KIND -> byKind(totals);
            case KIOSK, FACILITY -> throw new IllegalArgumentException("by " + this + " needs the kiosks: use tableOf");
        };
    }

    /**
     * The table of several kiosks' totals summed: by kiosk or facility one row per group (every indicator) and the
     * total; any other breakdown as {@link #table} on the sum. The kiosk's {@code stats} passes its one kiosk, the
     * server the kiosks selected, so both print the same rows for the same period.
     */
    public StatsTable tableOf(List<KioskTotals> kiosks, LocalDate from, LocalDate to) {
        if (this == KIOSK || this == FACILITY) {
            Map<String, List<EventTotal>> totals = new TreeMap<>();
            Map<String, List<DurationCount>> durations = new TreeMap<>();
            for (KioskTotals kiosk : kiosks) {
                String group = this == KIOSK ? kiosk.kiosk() : kiosk.facility();
                totals.computeIfAbsent(group, g -> new ArrayList<>()).addAll(kiosk.totals());
                durations.computeIfAbsent(group, g -> new ArrayList<>()).addAll(kiosk.durations());
            }
            List<List<Object>> rows = new ArrayList<>();
            totals.forEach((group, rowsOfGroup) -> rows.add(dayRow(group,
                    Indicators.of(rowsOfGroup, durations.get(group)))));
            rows.add(dayRow("total", Indicators.of(all(kiosks, KioskTotals::totals),
                    all(kiosks, KioskTotals::durations))));
            List<String> columns = new ArrayList<>(DAY_COLUMNS);
            columns.set(0, name().toLowerCase(Locale.ROOT));
            return new StatsTable(columns, rows);
        }
        return table(all(kiosks, KioskTotals::totals), all(kiosks, KioskTotals::durations), from, to);
    }

    private static <T> List<T> all(List<KioskTotals> kiosks, java.util.function.Function<KioskTotals, List<T>> part) {
        List<T> all = new ArrayList<>();
        kiosks.forEach(kiosk -> all.addAll(part.apply(kiosk)));
        return all;
    }

    public static final List<String> DAY_COLUMNS = List.of("day", "registrations", "cccd_vneid", "bhyt",
            "no_document", "cccd_vneid_share", "priority", "tickets", "printed", "print_failed",
            "median_scan_to_ticket_s", "scans", "scans_rejected", "rejection_rate", "payments_requested", "paid",
            "paid_dong", "cashless_share_count", "cashless_share_amount", "payments_expired", "idle_resets",
            "printer_uptime", "scanner_uptime");

    /**
     * Every day (week, month) of the period, also those without events (a day the kiosk was off shows as zeros),
     * then a total when there is more than one row. Each row's shares and median are computed from its own totals.
     */
    private static StatsTable byPeriod(List<EventTotal> totals, List<DurationCount> durations, LocalDate from,
                                       LocalDate to, java.util.function.Function<LocalDate, String> period,
                                       String column) {
        Map<String, List<EventTotal>> totalsByPeriod = new TreeMap<>();
        Map<String, List<DurationCount>> durationsByPeriod = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            totalsByPeriod.computeIfAbsent(period.apply(day), d -> new ArrayList<>());
            durationsByPeriod.computeIfAbsent(period.apply(day), d -> new ArrayList<>());
        }
        for (EventTotal total : totals) {
            List<EventTotal> inPeriod = totalsByPeriod.get(period.apply(total.day()));
            if (inPeriod != null && !total.day().isBefore(from) && !total.day().isAfter(to)) {
                inPeriod.add(total);
            }
        }
        for (DurationCount duration : durations) {
            List<DurationCount> inPeriod = durationsByPeriod.get(period.apply(duration.day()));
            if (inPeriod != null && !duration.day().isBefore(from) && !duration.day().isAfter(to)) {
                inPeriod.add(duration);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        totalsByPeriod.forEach((label, rowsOfPeriod) ->
                rows.add(dayRow(label, Indicators.of(rowsOfPeriod, durationsByPeriod.get(label)))));
        if (rows.size() > 1) {
            rows.add(dayRow("total", Indicators.of(totals, durations)));
        }
        List<String> columns = new ArrayList<>(DAY_COLUMNS);
        columns.set(0, column);
        return new StatsTable(columns, rows);
    }

    /** ISO-8601 week as DHIS2 and Vietnamese reports write it: {@code 2026-W01} is the week with the year's first Thursday. */
    static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static List<Object> dayRow(String label, Indicators i) {
        var cashless = i.cashless();
        return StatsTable.row(label, i.registrations(), i.registrations(DocumentSubject.CCCD_VNEID),
                i.registrations(DocumentSubject.BHYT), i.registrations(DocumentSubject.NONE),
                StatsTable.share(i.citizenIdShare()), i.priorityRegistrations(), i.count(EventKind.TICKET_ISSUED),
                i.ticketsPrinted(Optional.empty()), i.ticketsNotPrinted(Optional.empty()),
                StatsTable.share(i.medianSecondsScanToTicket()), i.scans(), i.count(EventKind.SCAN_REJECTED),
                StatsTable.share(i.rejectionRate()), i.count(EventKind.PAYMENT_REQUESTED), cashless.paidCount(),
                cashless.paidDong(), cashless.paidCount() == 0 ? null : cashless.byCount(),
                cashless.paidDong() == 0 ? null : cashless.byAmount(), i.count(EventKind.PAYMENT_EXPIRED),
                i.count(EventKind.IDLE_RESET), StatsTable.share(i.uptime("printer")),
                StatsTable.share(i.uptime("scanner")));
    }

    private static StatsTable byHour(Indicators i) {
        long[] tickets = i.ticketsByHour();
        List<List<Object>> rows = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            rows.add(StatsTable.row(String.format(Locale.ROOT, "%02d:00", hour), tickets[hour]));
        }
        return new StatsTable(List.of("hour", "tickets"), rows);
    }

    private static StatsTable byService(Indicators i) {
        List<List<Object>> rows = new ArrayList<>();
        for (String service : i.services()) {
            rows.add(StatsTable.row(service, i.count(EventKind.TICKET_ISSUED, service),
                    i.ticketsPrinted(Optional.of(service)), i.ticketsNotPrinted(Optional.of(service))));
        }
        return new StatsTable(List.of("service", "tickets", "printed", "print_failed"), rows);
    }

    /** Every event kind (in {@link EventKind} order) and subject, with its count and amount. */
    private static StatsTable byKind(List<EventTotal> totals) {
        Map<EventKind, Map<String, long[]>> sums = new EnumMap<>(EventKind.class);
        for (EventTotal total : totals) {
            long[] sum = sums.computeIfAbsent(total.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(total.subject(), s -> new long[2]);
            sum[0] += total.count();
            sum[1] += total.amountDong();
        }
        List<List<Object>> rows = new ArrayList<>();
        sums.forEach((kind, subjects) -> subjects.forEach((subject, sum) ->
                rows.add(StatsTable.row(kind.name(), subject, sum[0], sum[1]))));
        return new StatsTable(List.of("kind", "subject", "count", "amount_dong"), rows);
    }
}
