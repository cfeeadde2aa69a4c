package vn.tiepdon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.StatsTable;

/** A {@link StatsTable} as people read it (aligned, percentages) and as scripts read it (CSV, JSON: raw values). */
final class StatsFormats {

    private StatsFormats() {
    }

    /** Aligned columns; shares as percentages, amounts with thousands dots as Vietnamese write them, "-" for none. */
    static String table(StatsTable table) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(table.columns());
        for (List<Object> row : table.rows()) {
            List<String> shown = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                shown.add(shown(table.columns().get(c), row.get(c)));
            }
            cells.add(shown);
        }
        int[] widths = new int[table.columns().size()];
        for (List<String> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        boolean[] numeric = new boolean[table.columns().size()];
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                numeric[c] |= row.get(c) instanceof Number;
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                // Labels left, numbers right, as in a spreadsheet.
                line.append(pad(row.get(c), widths[c], numeric[c]));
                line.append(c + 1 < row.size() ? "  " : "");
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
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
