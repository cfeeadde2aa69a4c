package vn.tiepdon.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceDayTest {

    @ParameterizedTest(name = "{0} with day start {1}:00 → {2}")
    @CsvSource({
            "2026-03-02T00:00, 0, 2026-03-02",
            "2026-03-01T23:59:59, 0, 2026-03-01",
            "2026-03-02T04:59, 5, 2026-03-01",
            "2026-03-02T04:59:59.999, 5, 2026-03-01",
            "2026-03-02T05:00, 5, 2026-03-02",
            "2026-03-02T00:00, 5, 2026-03-01",
            "2026-03-01T23:59, 5, 2026-03-01",
            "2026-03-01T00:00, 5, 2026-02-28",
            "2026-01-01T04:00, 5, 2025-12-31",
            "2026-03-02T22:59, 23, 2026-03-01",
            "2026-03-02T23:00, 23, 2026-03-02"})
    void belongsToThePreviousDayBeforeTheStartHour(LocalDateTime moment, int startHour, LocalDate expected) {
        assertThat(ServiceDay.of(moment, startHour)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 24})
    void refusesAnHourOutsideTheDay(int hour) {
        assertThatThrownBy(() -> ServiceDay.of(LocalDateTime.of(2026, 3, 2, 10, 0), hour))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(hour));
    }
}
