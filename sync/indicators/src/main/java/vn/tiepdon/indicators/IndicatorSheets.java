package vn.tiepdon.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report hospital staff send upward: one table per {@link Indicator}, a row per day and a total (or, for
 * tickets, a row per service and a column per hour). Pure: the workbook writer only lays these out.
 */
public final class IndicatorSheets {

    private IndicatorSheets() {
    }

    /**
     * @param totals hourly totals of the period (hours are needed for the tickets sheet)
     */
    public static Map<Indicator, StatsTable> of(List<EventTotal> totals, List<DurationCount> durations,
                                                LocalDate from, LocalDate to) {
        Map<LocalDate, List<EventTotal>> totalsByDay = new TreeMap<>();
        Map<LocalDate, List<DurationCount>> durationsByDay = new TreeMap<>();
        totals.forEach(t -> totalsByDay.computeIfAbsent(t.day(), d -> new ArrayList<>()).add(t));
        durations.forEach(d -> durationsByDay.computeIfAbsent(d.day(), x -> new ArrayList<>()).add(d));
        Map<String, Indicators> rows = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            rows.put(day.toString(), Indicators.of(totalsByDay.getOrDefault(day, List.of()),
                    durationsByDay.getOrDefault(day, List.of())));
        }
        Indicators whole = Indicators.of(totals, durations);
        rows.put("total", whole);

        Map<Indicator, StatsTable> sheets = new LinkedHashMap<>();
        sheets.put(Indicator.REGISTRATIONS, perDay(rows, List.of("day", "registrations", "priority"),
                i -> List.of(i.registrations(), i.priorityRegistrations())));
        sheets.put(Indicator.REGISTRATIONS_BY_DOCUMENT, perDay(rows,
                List.of("day", "cccd_vneid", "bhyt", "no_document"),
                i -> List.of(i.registrations(DocumentSubject.CCCD_VNEID), i.registrations(DocumentSubject.BHYT),
                        i.registrations(DocumentSubject.NONE))));
        sheets.put(Indicator.CITIZEN_ID_SHARE, perDay(rows,
                List.of("day", "registrations", "cccd_vneid", "cccd_vneid_share"),
                i -> cells(i.registrations(), i.registrations(DocumentSubject.CCCD_VNEID), i.citizenIdShare())));
        sheets.put(Indicator.TICKETS_BY_SERVICE_AND_HOUR, ticketsByServiceAndHour(whole));
        sheets.put(Indicator.MEDIAN_SCAN_TO_TICKET, perDay(rows, List.of("day", "printed", "median_scan_to_ticket_s"),
                i -> cells(i.ticketsPrinted(Optional.empty()), i.medianSecondsScanToTicket())));
        sheets.put(Indicator.CASHLESS_SHARE, perDay(rows, List.of("day", "paid", "cashless", "cashless_share_count",
                "paid_dong", "cashless_dong", "cashless_share_amount"), i -> {
                    CashlessShare share = i.cashless();
                    return cells(share.paidCount(), share.cashlessCount(),
                            share.paidCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(share.byCount()),
                            share.paidDong(), share.cashlessDong(),
                            share.paidDong() == 0 ? OptionalDouble.empty() : OptionalDouble.of(share.byAmount()));
                }));
        sheets.put(Indicator.SCAN_REJECTION_RATE, rejections(rows, whole));
        sheets.put(Indicator.DEVICE_UPTIME, perDay(rows, List.of("day", "printer_uptime", "scanner_uptime"),
                i -> cells(i.uptime("printer"), i.uptime("scanner"))));
        return sheets;
    }

    private interface RowFigures {
        List<Object> of(Indicators indicators);
    }

    private static StatsTable perDay(Map<String, Indicators> rows, List<String> columns, RowFigures figures) {
        List<List<Object>> table = new ArrayList<>();
        rows.forEach((label, indicators) -> {
            List<Object> row = new ArrayList<>();
            row.add(label);
            row.addAll(figures.of(indicators));
            table.add(row);
        });
        return new StatsTable(columns, table);
    }

    /** A share with nothing to divide is an empty cell, not 0 %. */
    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value instanceof OptionalDouble share ? StatsTable.share(share) : value);
        }
        return cells;
    }

    /**
     * A row per service: its code twice, as "service" (which a report shows by name) and as "service_code" (the code
     * itself, which IT and the hospital information system know it by).
     */
    private static StatsTable ticketsByServiceAndHour(Indicators whole) {
        List<String> columns = new ArrayList<>();
        columns.add("service");
        columns.add("service_code");
        for (int hour = 0; hour < 24; hour++) {
            columns.add(String.format(java.util.Locale.ROOT, "h%02d", hour));
        }
        columns.add("tickets");
        List<List<Object>> rows = new ArrayList<>();
        long[] all = new long[24];
        whole.ticketsByServiceAndHour().forEach((service, hours) -> rows.add(hourRow(service, service, hours, all)));
        rows.add(hourRow("total", null, all, new long[24]));
        return new StatsTable(columns, rows);
    }

    private static List<Object> hourRow(String label, String code, long[] hours, long[] addTo) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.add(code);
        long sum = 0;
        for (int hour = 0; hour < 24; hour++) {
            row.add(hours[hour]);
            sum += hours[hour];
            addTo[hour] += hours[hour];
        }
        row.add(sum);
        return row;
    }

    /** A column per reason seen in the period, so a reason that never happened does not fill the sheet with zeros. */
    private static StatsTable rejections(Map<String, Indicators> rows, Indicators whole) {
        TreeSet<String> reasons = new TreeSet<>(whole.rejectionRateByReason().keySet());
        List<String> columns = new ArrayList<>(List.of("day", "scans", "scans_rejected", "rejection_rate"));
        reasons.forEach(reason -> columns.add("rejection_rate:" + reason));
        return perDay(rows, columns, i -> {
            List<Object> cells = cells(i.scans(), i.count(EventKind.SCAN_REJECTED), i.rejectionRate());
            Map<String, Double> byReason = i.rejectionRateByReason();
            for (String reason : reasons) {
                cells.add(i.scans() == 0 ? null : byReason.getOrDefault(reason, 0.0));
            }
            return cells;
        });
    }
}
