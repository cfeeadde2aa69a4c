package vn.tiepdon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.ReportLabels;
import vn.tiepdon.indicators.StatsTable;

/** A {@link StatsTable} as people read it (aligned, percentages) and as scripts read it (CSV, JSON: raw values). */
final class StatsFormats {

    private StatsFormats() {
    }

    /** What fits an ordinary terminal (and a printed page): wider tables are turned or cut into blocks. */
    static final int TERMINAL_WIDTH = 100;

    /**
     * For a person at a terminal: column titles and totals in the person's language, services by name, shares as
     * percentages, amounts with thousands dots as Vietnamese write them, "-" for none. A table with more columns
     * than fit (a row per day of every indicator) is turned: an indicator a line, a day (week, kiosk…) a column, in
     * blocks of as many as fit in {@value #TERMINAL_WIDTH} columns.
     */
    static String table(StatsTable table, ReportLabels labels, Map<String, String> serviceNames) {
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<String> shown = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String column = table.columns().get(c);
                shown.add(c == 0 ? firstCell(column, row.get(c), labels, serviceNames) : shown(column, row.get(c)));
            }
            cells.add(shown);
        }
        List<String> titles = table.columns().stream().map(labels::column).toList();
        if (width(titles, cells) <= TERMINAL_WIDTH) {
            List<List<String>> all = new ArrayList<>();
            all.add(titles);
            all.addAll(cells);
            boolean[] numeric = new boolean[titles.size()];
            for (List<Object> row : table.rows()) {
                for (int c = 1; c < row.size(); c++) {
                    numeric[c] |= row.get(c) instanceof Number || row.get(c) == null;
                }
            }
            return aligned(all, numeric);
        }
        return turned(titles, cells);
    }

    /** An indicator a line, a row of the table a column, in blocks that fit the terminal. */
    private static String turned(List<String> titles, List<List<String>> rows) {
        int labelWidth = titles.stream().skip(1).mapToInt(String::length).max().orElse(0);
        int columnWidth = 0;
        for (List<String> row : rows) {
            for (String cell : row) {
                columnWidth = Math.max(columnWidth, cell.length());
            }
        }
        int perBlock = Math.max(1, (TERMINAL_WIDTH - labelWidth) / (columnWidth + 2));
        StringBuilder text = new StringBuilder();
        for (int first = 0; first < rows.size(); first += perBlock) {
            List<List<String>> block = rows.subList(first, Math.min(rows.size(), first + perBlock));
            List<List<String>> lines = new ArrayList<>();
            for (int c = 0; c < titles.size(); c++) {
                List<String> line = new ArrayList<>();
                line.add(titles.get(c));
                for (List<String> row : block) {
                    line.add(row.get(c));
                }
                lines.add(line);
            }
            boolean[] numeric = new boolean[block.size() + 1];
            java.util.Arrays.fill(numeric, 1, numeric.length, true);
            if (first > 0) {
                text.append(System.lineSeparator());
            }
            text.append(aligned(lines, numeric));
        }
        return text.toString();
    }

    private static String aligned(List<List<String>> rows, boolean[] rightAligned) {
        int[] widths = new int[rows.getFirst().size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                // Labels left, numbers right, as in a spreadsheet.
                line.append(pad(row.get(c), widths[c], rightAligned[c]));
                line.append(c + 1 < row.size() ? "  " : "");
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static int width(List<String> titles, List<List<String>> rows) {
        int width = 0;
        for (int c = 0; c < titles.size(); c++) {
            int column = titles.get(c).length();
            for (List<String> row : rows) {
                column = Math.max(column, row.get(c).length());
            }
            width += column + (c > 0 ? 2 : 0);
        }
        return width;
    }

    /** The row's label: "Tổng" for the total, a service's name for its code. */
    private static String firstCell(String column, Object cell, ReportLabels labels, Map<String, String> services) {
        String text = String.valueOf(cell);
        if (column.equals("service")) {
            return services.getOrDefault(text, text);
        }
        return labels.rowLabel(text);
    }

    /** RFC 4180, raw values ({@link StatsTable#asCsv}): what the central server's CSV export writes too. */
    static String csv(StatsTable table) {
        return table.asCsv();
    }

    static String json(StatsTable table, LocalDate from, LocalDate to, Breakdown by) throws JsonProcessingException {
        return Output.json(table.asJsonTree(from, to, by)) + System.lineSeparator();
    }

    private static String shown(String column, Object cell) {
        if (cell == null) {
            return "-";
        }
        if (cell instanceof Double d) {
            return isShare(column) ? String.format(Locale.ROOT, "%.1f%%", d * 100)
                    : String.format(Locale.ROOT, "%.1f", d);
        }
        if (cell instanceof Long l && column.endsWith("_dong")) {
            return String.format(Locale.ROOT, "%,d", l).replace(',', '.');
        }
        return cell.toString();
    }

    private static boolean isShare(String column) {
        return column.contains("share") || column.endsWith("_rate") || column.endsWith("uptime");
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
