package vn.tiepdon.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Reports are read by people: every column any breakdown prints has a Vietnamese and an English label. */
class EveryColumnHasALabelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void everyBreakdownsColumnsAreLabelledInBothLanguages() {
        List<KioskTotals> one = List.of(new KioskTotals("K01", "79001", List.of(
                new EventTotal(DAY, 9, EventKind.TICKET_ISSUED, "KB", 0, 1, 0, 0)), List.of()));
        for (Locale language : List.of(Locale.ROOT, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("vn.tiepdon.indicators.labels", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (Breakdown by : Breakdown.values()) {
                for (String column : by.tableOf(one, DAY, DAY.plusDays(1)).columns()) {
                    assertThat(bundle.containsKey("column." + column)).as(language + " " + by + " " + column).isTrue();
                }
            }
        }
    }

    @Test
    void everyWorkbookSheetsColumnsAreLabelledInBothLanguages() {
        List<EventTotal> totals = List.of(new EventTotal(DAY, 9, EventKind.TICKET_ISSUED, "KB", 0, 1, 0, 0),
                new EventTotal(DAY, 9, EventKind.SCAN_ACCEPTED, "BHYT", 0, 1, 0, 0),
                new EventTotal(DAY, 9, EventKind.SCAN_REJECTED, "GARBLED", 0, 1, 0, 0));
        for (Locale language : List.of(Locale.ROOT, Locale.ENGLISH)) {
            ReportLabels labels = new ReportLabels(language);
            IndicatorSheets.of(totals, List.of(), DAY, DAY).forEach((indicator, sheet) -> {
                for (String column : sheet.columns()) {
                    assertThat(labels.column(column)).as(language + " " + indicator + " " + column)
                            .isNotEqualTo(column);
                }
            });
        }
    }
}
