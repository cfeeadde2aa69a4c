package vn.tiepdon.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownByKioskTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static EventTotal registrations(String document, long count) {
        return new EventTotal(DAY, 9, EventKind.REGISTRATION, document, 0, count, 0, 0);
    }

    // Three kiosks in two hospitals: 5 + 3 registrations in 79001 (4 + 3 by citizen ID), 2 in 79002 (none by ID).
    private static final List<KioskTotals> KIOSKS = List.of(
            new KioskTotals("K01", "79001", List.of(registrations("CCCD_VNEID", 4), registrations("BHYT", 1)), List.of()),
            new KioskTotals("K02", "79001", List.of(registrations("CCCD_VNEID", 3)), List.of()),
            new KioskTotals("K09", "79002", List.of(registrations("NONE", 2)), List.of()));

    @Test
    void byFacilityEachHospitalIsOneRowOfEveryIndicatorThenTheTotal() {
        StatsTable table = Breakdown.FACILITY.tableOf(KIOSKS, DAY, DAY);

        assertThat(table.columns().get(0)).isEqualTo("facility");
        assertThat(table.columns().subList(1, table.columns().size()))
                .isEqualTo(Breakdown.DAY_COLUMNS.subList(1, Breakdown.DAY_COLUMNS.size()));
        assertThat(table.rows()).extracting(row -> row.get(0), row -> row.get(1), row -> row.get(2))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("79001", 8L, 7L),
                        org.assertj.core.groups.Tuple.tuple("79002", 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple("total", 10L, 7L));
    }

    @Test
    void byKioskEachKioskIsOneRow() {
        StatsTable table = Breakdown.KIOSK.tableOf(KIOSKS, DAY, DAY);

        assertThat(table.rows()).extracting(row -> row.get(0)).containsExactly("K01", "K02", "K09", "total");
        assertThat(table.rows()).extracting(row -> row.get(1)).containsExactly(5L, 3L, 2L, 10L);
    }

    @Test
    void byDayOverSeveralKiosksIsTheDayTableOfTheirSum() {
        StatsTable table = Breakdown.DAY.tableOf(KIOSKS, DAY, DAY);

        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).subList(0, 3)).containsExactly("2026-12-01", 10L, 7L);
    }
}
