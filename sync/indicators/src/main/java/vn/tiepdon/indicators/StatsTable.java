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

    static Object share(java.util.OptionalDouble share) {
        return share.isPresent() ? (Object) share.getAsDouble() : null;
    }

    /** A row whose cells may be null. */
    static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }
}
