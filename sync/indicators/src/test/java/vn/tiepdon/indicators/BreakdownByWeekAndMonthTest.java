package vn.tiepdon.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class BreakdownByWeekAndMonthTest {

    private static EventTotal registrations(String day, String document, long count) {
        return new EventTotal(LocalDate.parse(day), EventTotal.WHOLE_DAY, EventKind.REGISTRATION, document, 0, count,
                0, 0);
    }

    // ISO weeks as `date +%G-W%V` prints them: 2026-12-27 is a Sunday of 2026-W52; 2026-12-28 to 2027-01-03 is
    // 2026-W53 (across the new year); 2027-01-04 starts 2027-W01.
    private static final List<EventTotal> TOTALS = List.of(registrations("2026-12-27", "CCCD_VNEID", 1),
            registrations("2026-12-28", "CCCD_VNEID", 2), registrations("2027-01-01", "BHYT", 2),
            registrations("2027-01-03", "CCCD_VNEID", 4), registrations("2027-01-04", "NONE", 8));

    private static final LocalDate FROM = LocalDate.of(2026, 12, 27);
    private static final LocalDate TO = LocalDate.of(2027, 1, 4);

    @Test
    void aWeekAcrossTheNewYearIsOneRowWithItsOwnShare() {
        StatsTable table = Breakdown.WEEK.table(TOTALS, List.of(), FROM, TO);

        assertThat(table.columns().get(0)).isEqualTo("week");
        assertThat(table.rows()).extracting(row -> row.get(0), row -> row.get(1), row -> row.get(5)).containsExactly(
                Tuple.tuple("2026-W52", 1L, 1.0), Tuple.tuple("2026-W53", 8L, 0.75), Tuple.tuple("2027-W01", 8L, 0.0),
                Tuple.tuple("total", 17L, 7.0 / 17));
    }

    @Test
    void byMonthEachMonthOfThePeriodIsARow() {
        StatsTable table = Breakdown.MONTH.table(TOTALS, List.of(), FROM, TO);

        assertThat(table.columns().get(0)).isEqualTo("month");
        assertThat(table.rows()).extracting(row -> row.get(0), row -> row.get(1))
                .containsExactly(Tuple.tuple("2026-12", 3L), Tuple.tuple("2027-01", 14L), Tuple.tuple("total", 17L));
    }

    @Test
    void aMonthWithoutEventsInThePeriodShowsAsZerosNotAsAGap() {
        StatsTable table = Breakdown.MONTH.table(List.of(), List.of(), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 1));

        assertThat(table.rows()).extracting(row -> row.get(0), row -> row.get(1))
                .containsExactly(Tuple.tuple("2026-11", 0L), Tuple.tuple("2026-12", 0L), Tuple.tuple("total", 0L));
    }
}
