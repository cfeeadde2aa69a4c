package vn.tiepdon.indicators.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A written .xlsx report read back as a person reads it, for tests here and in the modules that write one (this class
 * ships in the test jar): each sheet's lines of text, and its table found by its first column's title, not by a row
 * number, so a test says what a reader looks for.
 */
public final class ReportWorkbook {

    private final Map<String, List<Row>> sheets = new LinkedHashMap<>();

    private ReportWorkbook() {
    }

    public static ReportWorkbook read(byte[] xlsx) {
        ReportWorkbook read = new ReportWorkbook();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                read.sheets.put(sheet.getName(), sheet.read());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }

    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /** Every row with text, its cells' texts joined by " | ", top to bottom. */
    public List<String> lines(String sheet) {
        List<String> lines = new ArrayList<>();
        for (Row row : rows(sheet)) {
            List<String> texts = row.stream().filter(c -> c != null && !c.getText().isBlank()).map(Cell::getText)
                    .toList();
            if (!texts.isEmpty()) {
                lines.add(String.join(" | ", texts));
            }
        }
        return lines;
    }

    /** The 0-based row number of the first row with a cell that reads {@code text} exactly. */
    public int rowOf(String sheet, String text) {
        for (Row row : rows(sheet)) {
            if (row.stream().anyMatch(c -> c != null && c.getText().equals(text))) {
                return row.getRowNum() - 1;
            }
        }
        throw new NoSuchElementException("no cell reads '" + text + "' in " + sheet + ": " + lines(sheet));
    }

    /** The titles of the table whose first column is titled {@code firstTitle}. */
    public List<String> header(String sheet, String firstTitle) {
        return headerRow(sheet, firstTitle).stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    /** The rows under the table's titles, down to the first row with nothing in its first column. */
    public List<Row> table(String sheet, String firstTitle) {
        int header = headerRow(sheet, firstTitle).getRowNum();
        List<Row> table = new ArrayList<>();
        for (Row row : rows(sheet)) {
            if (row.getRowNum() <= header) {
                continue;
            }
            if (row.getRowNum() != header + table.size() + 1 || row.getCellText(0).isBlank()) {
                break;
            }
            table.add(row);
        }
        return table;
    }

    private Row headerRow(String sheet, String firstTitle) {
        return rows(sheet).stream().filter(r -> r.getCellCount() > 1 && r.getCellText(0).equals(firstTitle)
                        && !r.getCellText(1).isBlank())
                .findFirst().orElseThrow(() -> new NoSuchElementException(
                        "no table titled '" + firstTitle + "' in " + sheet + ": " + lines(sheet)));
    }

    private List<Row> rows(String sheet) {
        List<Row> rows = sheets.get(sheet);
        if (rows == null) {
            throw new NoSuchElementException("no sheet '" + sheet + "' in " + sheets.keySet());
        }
        return rows;
    }
}
