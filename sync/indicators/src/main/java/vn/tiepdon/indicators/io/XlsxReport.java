package vn.tiepdon.indicators.io;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.tiepdon.indicators.Indicator;
import vn.tiepdon.indicators.ReportLabels;
import vn.tiepdon.indicators.StatsTable;

/**
 * Writes the indicator report as an .xlsx workbook, one sheet per indicator, the way hospital staff work with it:
 * Vietnamese labels, shares as percentages, amounts with thousands separators, numbers as numbers (so the sheet
 * can be summed and charted), the header frozen.
 */
public final class XlsxReport {

    private static final int TITLE_ROW = 0;
    private static final int NOTE_ROW = 1;
    private static final int HEADER_ROW = 3;

    private XlsxReport() {
    }

    public static void write(Map<Indicator, StatsTable> sheets, String kioskId, LocalDate from, LocalDate to,
                             ReportLabels labels, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Tiep Don", "1.0");
        for (Map.Entry<Indicator, StatsTable> sheet : sheets.entrySet()) {
            Worksheet worksheet = workbook.newWorksheet(labels.indicator(sheet.getKey()));
            worksheet.value(TITLE_ROW, 0, labels.format("report.title", kioskId, from.toString(), to.toString()));
            worksheet.style(TITLE_ROW, 0).bold().set();
            worksheet.value(NOTE_ROW, 0, labels.format("report.definitions"));
            table(worksheet, sheet.getValue(), labels);
        }
        workbook.finish();
    }

    private static void table(Worksheet worksheet, StatsTable table, ReportLabels labels) {
        List<String> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            worksheet.value(HEADER_ROW, c, labels.column(columns.get(c)));
            worksheet.style(HEADER_ROW, c).bold().wrapText(true).fillColor("DDEBF7").set();
            worksheet.width(c, c == 0 ? 14 : Math.max(10, Math.min(24, labels.column(columns.get(c)).length() + 2)));
        }
        int r = HEADER_ROW + 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                String column = columns.get(c);
                if (c == 0 && cell instanceof String label) {
                    worksheet.value(r, c, labels.rowLabel(label));
                    if (label.equals("total")) {
                        worksheet.style(r, c).bold().set();
                    }
                } else if (cell instanceof Number number) {
                    worksheet.value(r, c, number);
                    worksheet.style(r, c).format(format(column)).set();
                } else if (cell != null) {
                    worksheet.value(r, c, cell.toString());
                }
            }
            r++;
        }
        worksheet.freezePane(1, HEADER_ROW + 1);
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
}
