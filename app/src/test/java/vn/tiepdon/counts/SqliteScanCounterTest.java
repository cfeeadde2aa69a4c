package vn.tiepdon.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.store.KioskDatabase;

class SqliteScanCounterTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dataDir;

    private KioskDatabase database;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dataDir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void countsEachOutcomeOfTheDay() {
        SqliteScanCounter counter = new SqliteScanCounter(database, 0, at("2026-03-02T10:00"));
        counter.accepted();
        counter.accepted();
        counter.rejected(RejectionReason.URL);
        counter.rejected(RejectionReason.GARBLED);
        counter.rejected(RejectionReason.URL);

        DailyScanCounts today = counter.countsToday();
        assertThat(today.day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(today.accepted()).isEqualTo(2);
        assertThat(today.rejected(RejectionReason.URL)).isEqualTo(2);
        assertThat(today.rejected(RejectionReason.GARBLED)).isEqualTo(1);
        assertThat(today.rejected(RejectionReason.CHECK_FAILED)).isZero();
        assertThat(today.totalRejected()).isEqualTo(3);
        assertThat(today.total()).isEqualTo(5);
    }

    @Test
    void keepsDaysApartUsingTheConfiguredStartHour() {
        new SqliteScanCounter(database, 5, at("2026-03-02T04:59")).accepted();
        new SqliteScanCounter(database, 5, at("2026-03-02T05:00")).rejected(RejectionReason.NOT_AN_ID);

        SqliteScanCounter reader = new SqliteScanCounter(database, 5, at("2026-03-02T12:00"));
        assertThat(reader.countsFor(LocalDate.of(2026, 3, 1)).accepted()).isEqualTo(1);
        assertThat(reader.countsFor(LocalDate.of(2026, 3, 1)).totalRejected()).isZero();
        assertThat(reader.countsToday().accepted()).isZero();
        assertThat(reader.countsToday().rejected(RejectionReason.NOT_AN_ID)).isEqualTo(1);
    }

    @Test
    void countsSurviveReopening() {
        new SqliteScanCounter(database, 0, at("2026-03-02T10:00")).rejected(RejectionReason.BAD_DATE);
        database.close();
        database = KioskDatabase.open(dataDir);
        assertThat(new SqliteScanCounter(database, 0, at("2026-03-02T11:00")).countsToday()
                .rejected(RejectionReason.BAD_DATE)).isEqualTo(1);
    }

    @Test
    void keepsCountingWhenTheDatabaseFails() {
        SqliteScanCounter counter = new SqliteScanCounter(database, 0, at("2026-03-02T10:00"));
        database.close();
        counter.accepted(); // must not throw: the patient's scan goes on
        database = KioskDatabase.open(dataDir);
        assertThat(new SqliteScanCounter(database, 0, at("2026-03-02T10:00")).countsToday().total()).isZero();
    }

    @Test
    void reportsEveryReasonEvenWhenNoneWasCounted() {
        DailyScanCounts empty = new DailyScanCounts(LocalDate.of(2026, 3, 2), 0, Map.of());
        assertThat(empty.rejected()).containsOnlyKeys(RejectionReason.values());
        assertThat(empty.total()).isZero();
    }

    private static Clock at(String localDateTime) {
        Instant instant = java.time.LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
        return Clock.fixed(instant, VIETNAM);
    }
}
