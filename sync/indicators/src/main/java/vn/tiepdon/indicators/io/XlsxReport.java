package vn.tiepdon.indicators.io;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.tiepdon.indicators.Indicator;
import vn.tiepdon.indicators.ReportLabels;
import vn.tiepdon.indicators.StatsTable;

/**
 * Writes the indicator report as an .xlsx workbook, one sheet per indicator, each laid out as a Vietnamese hospital's
 * report to its Department of Health: the reporting unit and the national heading, the title and the period, who
 * reports and which kiosks, the table, and the signatures (the preparer, the head of the planning department, the
 * director) under the place and date line. So that a sheet can be printed, signed and sent as it is: A4, a page
 * wide, the table's header repeated on every page. Numbers stay numbers (the sheet can be summed and charted), days
 * are dates, shares are percentages, amounts have thousands separators, services are named.
 */
public final class XlsxReport {

    /** The row of the table's column titles; the heading is above it. */
    private static final int HEADER_ROW = 11;
    /** A narrower table (in characters) is widened, so that the heading's two halves and the signatures fit. */
    private static final double PAGE_WIDTH = 96;
    /** A wider table (in characters) is printed landscape. */
    private static final double PORTRAIT_WIDTH = 110;
    private static final int MOST_UNITS_NAMED = 5;
    private static final int MOST_KIOSKS_NAMED = 10;
    private static final double POINTS_PER_LINE = 15;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private XlsxReport() {
    }

    public static void write(Map<Indicator, StatsTable> sheets, ReportHeading heading, ReportLabels labels,
                             OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Tiep Don", "1.0");
        for (Map.Entry<Indicator, StatsTable> sheet : sheets.entrySet()) {
            StatsTable table = sheet.getValue();
            if (table.columns().size() < 3) {
                throw new IllegalArgumentException("a report table has at least three columns (its signatures do)");
            }
            Worksheet worksheet = workbook.newWorksheet(labels.indicator(sheet.getKey()));
            double[] widths = widths(table, heading, labels);
            for (int c = 0; c < widths.length; c++) {
                worksheet.width(c, widths[c]);
            }
            heading(worksheet, widths, heading, labels, labels.indicator(sheet.getKey()));
            int end = table(worksheet, table, heading, labels);
            signatures(worksheet, end + 1, widths, heading, labels);
            page(worksheet, widths);
        }
        workbook.finish();
    }

    // --- above the table ---

    private static void heading(Worksheet sheet, double[] widths, ReportHeading heading, ReportLabels labels,
                                String indicator) {
        int last = widths.length - 1;
        int half = widths.length / 2;
        String unit = heading.units().size() == 1 ? heading.units().getFirst().name().toUpperCase(VIETNAMESE) : "";
        String nation = labels.format("report.nation");
        centred(sheet, 0, 0, half - 1, unit, Look.BOLD);
        centred(sheet, 0, half, last, nation, Look.BOLD);
        fitLines(sheet, 0, Math.max(lines(unit, width(widths, 0, half - 1)), lines(nation, width(widths, half, last))));
        centred(sheet, 1, half, last, labels.format("report.motto"), Look.BOLD);
        centred(sheet, 3, 0, last, labels.format("report.heading"), Look.TITLE);
        centred(sheet, 4, 0, last, indicator, Look.BOLD);
        centred(sheet, 5, 0, last, labels.format("report.period", date(heading.from()), date(heading.to())),
                Look.ITALIC);
        sheet.value(7, 0, labels.format("report.unit", units(heading.units(), labels)));
        sheet.value(8, 0, labels.format("report.kiosks", kiosks(heading.kiosks(), labels)));
        sheet.value(9, 0, labels.format("report.made", date(heading.made())));
    }

    private static String units(List<ReportHeading.Unit> units, ReportLabels labels) {
        if (units.isEmpty()) {
            return labels.format("report.unknown");
        }
        if (units.size() > MOST_UNITS_NAMED) {
            return labels.format("report.units", units.size());
        }
        return units.stream().map(unit -> unit.code().isEmpty() ? unit.name()
                : labels.format("report.unitWithCode", unit.name(), unit.code())).collect(Collectors.joining("; "));
    }

    private static String kiosks(List<String> kiosks, ReportLabels labels) {
        if (kiosks.isEmpty()) {
            return labels.format("report.unknown");
        }
        return kiosks.size() > MOST_KIOSKS_NAMED ? labels.format("report.kioskCount", kiosks.size())
                : String.join(", ", kiosks);
    }

    // --- the table ---

    /** @return the first row after the table */
    private static int table(Worksheet sheet, StatsTable table, ReportHeading heading, ReportLabels labels) {
        List<String> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(HEADER_ROW, c, labels.column(columns.get(c)));
            sheet.style(HEADER_ROW, c).bold().wrapText(true).horizontalAlignment("center").verticalAlignment("center")
                    .fillColor("DDEBF7").borderStyle("thin").set();
        }
        int r = HEADER_ROW + 1;
        for (List<Object> row : table.rows()) {
            boolean total = "total".equals(row.getFirst());
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r, c, columns.get(c), row.get(c), total, heading, labels);
            }
            r++;
        }
        sheet.freezePane(1, HEADER_ROW + 1);
        sheet.repeatRows(HEADER_ROW);
        return r;
    }

    /** A day is a date, a service its name, the total row bold; figures as numbers in their column's format. */
    private static void cell(Worksheet sheet, int r, int c, String column, Object value, boolean total,
                             ReportHeading heading, ReportLabels labels) {
        StyleSetter style = sheet.style(r, c).borderStyle("thin");
        if (total) {
            style = style.bold();
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number);
            style = style.format(format(column));
        } else if (value instanceof String text && !total && column.equals("day")) {
            sheet.value(r, c, LocalDate.parse(text));
            style = style.format("dd/mm/yyyy").horizontalAlignment("left");
        } else if (value instanceof String text && c == 0) {
            sheet.value(r, c, column.equals("service") && !total ? heading.serviceName(text) : labels.rowLabel(text));
        } else if (value != null) {
            sheet.value(r, c, value.toString());
        }
        style.set();
    }

    private static String format(String column) {
        if (column.contains("share") || column.startsWith("rejection_rate") || column.endsWith("uptime")) {
            return "0.0%";
        }
        if (column.endsWith("_dong")) {
            return "#,##0";
        }
        if (column.endsWith("_s")) {
            return "0.0";
        }
        return "0";
    }

    // --- below the table ---

    /**
     * The place and date line over the director's signature, then the three who sign, each with what to write, as
     * on official Vietnamese reports; the place is left dotted for the signer (a kiosk does not know its city).
     */
    private static void signatures(Worksheet sheet, int row, double[] widths, ReportHeading heading,
                                   ReportLabels labels) {
        sheet.value(row, 0, labels.format("report.definitions"));
        sheet.style(row, 0).italic().set();
        int n = widths.length;
        int[][] thirds = {{0, n / 3 - 1}, {n / 3, 2 * n / 3 - 1}, {2 * n / 3, n - 1}};
        LocalDate made = heading.made();
        String placeAndDate = labels.format("report.placeAndDate",
                String.format(Locale.ROOT, "%02d", made.getDayOfMonth()),
                String.format(Locale.ROOT, "%02d", made.getMonthValue()), String.valueOf(made.getYear()));
        centred(sheet, row + 2, thirds[2][0], thirds[2][1], placeAndDate, Look.ITALIC);
        fitLines(sheet, row + 2, lines(placeAndDate, width(widths, thirds[2][0], thirds[2][1])));
        List<String> signers = List.of("report.preparer", "report.department", "report.director");
        List<String> notes = List.of("report.sign", "report.sign", "report.signAndSeal");
        int titleLines = 1;
        int noteLines = 1;
        for (int i = 0; i < 3; i++) {
            String title = labels.format(signers.get(i));
            String note = labels.format(notes.get(i));
            centred(sheet, row + 3, thirds[i][0], thirds[i][1], title, Look.BOLD);
            centred(sheet, row + 4, thirds[i][0], thirds[i][1], note, Look.ITALIC);
            titleLines = Math.max(titleLines, lines(title, width(widths, thirds[i][0], thirds[i][1])));
            noteLines = Math.max(noteLines, lines(note, width(widths, thirds[i][0], thirds[i][1])));
        }
        fitLines(sheet, row + 3, titleLines);
        fitLines(sheet, row + 4, noteLines);
    }

    // --- the page ---

    /**
     * Columns as wide as their titles (within bounds), the service names' column as its longest name, hours narrow;
     * a narrow table widened to {@link #PAGE_WIDTH}.
     */
    private static double[] widths(StatsTable table, ReportHeading heading, ReportLabels labels) {
        List<String> columns = table.columns();
        double[] widths = new double[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            String column = columns.get(c);
            if (column.equals("day")) {
                widths[c] = 12;
            } else if (column.equals("service")) {
                int longest = table.rows().stream().map(row -> heading.serviceName(String.valueOf(row.getFirst())))
                        .mapToInt(String::length).max().orElse(0);
                widths[c] = Math.min(40, Math.max(14, longest + 2));
            } else if (column.matches("h[0-9]{2}")) {
                widths[c] = 7;
            } else {
                widths[c] = Math.max(10, Math.min(24, labels.column(column).length() + 2));
            }
        }
        double total = width(widths, 0, widths.length - 1);
        if (total < PAGE_WIDTH) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] *= PAGE_WIDTH / total;
            }
        }
        return widths;
    }

    private static void page(Worksheet sheet, double[] widths) {
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation(width(widths, 0, widths.length - 1) > PORTRAIT_WIDTH ? "landscape" : "portrait");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);   // as many pages down as the table needs
    }

    // --- helpers ---

    private enum Look { TITLE, BOLD, ITALIC }

    /** Text centred over columns {@code left}–{@code right}, merged when more than one. */
    private static void centred(Worksheet sheet, int row, int left, int right, String text, Look look) {
        sheet.value(row, left, text);
        StyleSetter style = (left == right ? sheet.style(row, left) : sheet.range(row, left, row, right).style())
                .horizontalAlignment("center").verticalAlignment("center").wrapText(true);
        style = switch (look) {
            case TITLE -> style.bold().fontSize(14);
            case BOLD -> style.bold();
            case ITALIC -> style.italic();
        };
        style.set();
        if (left < right) {
            sheet.range(row, left, row, right).merge();
        }
    }

    /** Spreadsheets do not grow a row for wrapped text in merged cells: it is made tall enough here. */
    private static void fitLines(Worksheet sheet, int row, int lines) {
        if (lines > 1) {
            sheet.rowHeight(row, lines * POINTS_PER_LINE);
        }
    }

    /** Lines the text takes in a width of characters; bold capitals take about a fifth more than a digit. */
    private static int lines(String text, double width) {
        return Math.max(1, (int) Math.ceil(text.length() * 1.2 / Math.max(1, width - 1)));
    }

    private static double width(double[] widths, int from, int to) {
        double sum = 0;
        for (int c = from; c <= to; c++) {
            sum += widths[c];
        }
        return sum;
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }
}
