package vn.tiepdon.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report as rows and named columns, before it is printed as a table, CSV, JSON or a workbook sheet. A cell is a
 * {@link String}, a {@link Long}, a {@link Double} (a share 0–1, or seconds) or null (nothing to say: no scans, no
 * payments).
 *
 * @param columns stable English keys (CSV headers, JSON fields); screens and workbooks label them in Vietnamese
 */
public record StatsTable(List<String> columns, List<List<Object>> rows) {

    public StatsTable {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size()
                        + " columns");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copied);
    }

    /**
     * The table as {@code tiepdon stats --format json} and the server's {@code GET /api/v1/indicators} both write it:
     * {@code {"from","to","by","rows":[{column: value, …}]}}, raw values (shares 0–1, null for none).
     */
    public java.util.Map<String, Object> asJsonTree(java.time.LocalDate from, java.time.LocalDate to, Breakdown by) {
        java.util.Map<String, Object> root = new java.util.LinkedHashMap<>();
        root.put("from", from.toString());
        root.put("to", to.toString());
        root.put("by", by.name().toLowerCase(java.util.Locale.ROOT));
        List<java.util.Map<String, Object>> fields = new ArrayList<>();
        for (List<Object> row : rows) {
            java.util.Map<String, Object> cells = new java.util.LinkedHashMap<>();
            for (int c = 0; c < row.size(); c++) {
                cells.put(columns.get(c), row.get(c));
            }
            fields.add(cells);
        }
        root.put("rows", fields);
        return root;
    }

    /**
     * RFC 4180: a header of column keys, comma-separated, fields with a comma, quote or line break quoted; raw
     * values (shares 0–1, plain numbers), empty for none. The kiosk's {@code stats --format csv} and the server's
     * CSV export.
     */
    public String asCsv() {
        StringBuilder text = new StringBuilder();
        text.append(String.join(",", columns)).append("\r\n");
        for (List<Object> row : rows) {
            List<String> fields = new ArrayList<>();
            for (Object cell : row) {
                fields.add(csvField(raw(cell)));
            }
            text.append(String.join(",", fields)).append("\r\n");
        }
        return text.toString();
    }

    private static String raw(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }

    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    static Object share(java.util.OptionalDouble share) {
        return share.isPresent() ? (Object) share.getAsDouble() : null;
    }

    /** A row whose cells may be null. */
    static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }
}
