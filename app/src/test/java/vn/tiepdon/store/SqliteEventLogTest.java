package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.EventTotal;
import vn.tiepdon.indicators.KioskEvent;

class SqliteEventLogTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 23:30 in Hanoi on the 24th is 16:30 UTC: the event belongs to the hospital's day and hour. */
    private static final Instant LATE_EVENING = Instant.parse("2026-11-24T16:30:00Z");

    @TempDir
    Path dataDir;

    private KioskDatabase database;
    private SqliteEventLog log;
    private SqliteEventTotals totals;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dataDir);
        log = new SqliteEventLog(database, HANOI);
        totals = new SqliteEventTotals(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eventsAreTotalledByTheHospitalsDayAndHour() {
        log.record(KioskEvent.of("K01", LATE_EVENING, EventKind.TICKET_ISSUED, "KDV"));
        log.record(KioskEvent.of("K01", LATE_EVENING.plusSeconds(60), EventKind.TICKET_ISSUED, "KDV"));
        log.record(KioskEvent.of("K01", LATE_EVENING, EventKind.PAYMENT_PAID, "QR").withAmount(150_000)
                .withMillis(42_500));
        log.record(KioskEvent.of("K01", LATE_EVENING, EventKind.TICKET_PRINTED, "KDV").withMillis(31_900));

        LocalDate day = LocalDate.of(2026, 11, 24);
        assertThat(totals.totals(day, day)).containsExactlyInAnyOrder(
                new EventTotal(day, 23, EventKind.TICKET_ISSUED, "KDV", 0, 2, 0, 0),
                new EventTotal(day, 23, EventKind.PAYMENT_PAID, "QR", 0, 1, 150_000, 42_500),
                new EventTotal(day, 23, EventKind.TICKET_PRINTED, "KDV", 0, 1, 0, 31_900));
        assertThat(totals.dailyTotals(day, day)).contains(
                new EventTotal(day, EventTotal.WHOLE_DAY, EventKind.TICKET_ISSUED, "KDV", 0, 2, 0, 0));
        assertThat(totals.durations(day, day)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(EventKind.TICKET_PRINTED);
            assertThat(d.seconds()).as("whole seconds, rounded down").isEqualTo(31);
        });
        assertThat(totals.totals(day.plusDays(1), day.plusDays(1))).isEmpty();
    }

    @Test
    void eventsCannotBeChangedAfterwards() {
        log.record(KioskEvent.of("K01", LATE_EVENING, EventKind.IDLE_RESET, ""));

        assertThatThrownBy(() -> database.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE events SET kind = 'APP_START'");
            }
        })).isInstanceOf(StorageException.class).hasStackTraceContaining("append-only");
    }

    @Test
    void aFullDatabaseKeepsEventsInMemoryAndWritesThemAllWhenSpaceReturns() throws Exception {
        log.record(KioskEvent.of("K01", LATE_EVENING, EventKind.APP_START, ""));
        int pages = database.read(c -> {
            try (Statement s = c.createStatement(); var rows = s.executeQuery("PRAGMA page_count")) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
        // SQLITE_FULL, as a full disk gives it: the file may not grow past its current size.
        pragma("PRAGMA max_page_count = " + pages);

        List<KioskEvent> duringTheFault = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            KioskEvent event = KioskEvent.of("K01", LATE_EVENING.plusMillis(i), EventKind.TICKET_ISSUED, "KBHYT");
            duringTheFault.add(event);
            log.record(event);
        }
        assertThat(log.waiting()).as("some events could not be written while the database was full").isPositive();

        assertThat(database.lowOnSpace()).isTrue();
        assertThat(log.flush()).as("nothing is tried while the disk is full").isFalse();
        pragma("PRAGMA max_page_count = 1073741823");
        assertThat(database.keepReserve()).as("space has returned").isTrue();
        assertThat(log.flush()).isTrue();

        assertThat(log.waiting()).isZero();
        assertThat(log.dropped()).isZero();
        LocalDate day = LocalDate.of(2026, 11, 24);
        assertThat(totals.indicators(day, day).count(EventKind.TICKET_ISSUED)).isEqualTo(duringTheFault.size());
        assertThat(totals.indicators(day, day).count(EventKind.APP_START)).isEqualTo(1);
    }

    private void pragma(String sql) {
        database.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }
}
