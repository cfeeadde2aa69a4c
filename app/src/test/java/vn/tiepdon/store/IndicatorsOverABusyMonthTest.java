package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.DocumentSubject;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.Indicators;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.indicators.sim.SimulatedKiosk;
import vn.tiepdon.indicators.CashlessShare;

/**
 * A month of a busy kiosk (400 registrations on a weekday, a Monday-morning peak) goes through the real store —
 * events, triggers, aggregates — and every indicator read back is checked against a computation in this test
 * straight from the generated events, which shares no code with the store or {@link Indicators}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsOverABusyMonthTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path dataDir;

    private KioskDatabase database;
    private SqliteEventTotals totals;
    private List<KioskEvent> events;

    @BeforeAll
    void fillAMonth() {
        database = KioskDatabase.open(dataDir);
        SqliteEventLog log = new SqliteEventLog(database, HANOI);
        events = new SimulatedKiosk("K01", HANOI, 400, 20261125L).days(FIRST, LAST);
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            LocalDate d = day;
            log.recordAll(events.stream().filter(e -> day(e).equals(d)).toList());
        }
        totals = new SqliteEventTotals(database);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void theMonthHasTheVolumeOfABusyKioskWithAMondayPeak() {
        long registrations = count(e -> e.kind() == EventKind.REGISTRATION);
        assertThat(registrations).isBetween(8_000L, 12_000L);
        LocalDate monday = LocalDate.of(2026, 11, 23);
        LocalDate tuesday = monday.plusDays(1);
        assertThat(totals.indicators(monday, monday).registrations())
                .isGreaterThan(totals.indicators(tuesday, tuesday).registrations());
    }

    @Test
    void registrationsPerDayAndByDocumentAndTheCitizenIdShare() {
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            LocalDate d = day;
            Indicators read = totals.indicators(day, day);
            long all = count(e -> day(e).equals(d) && e.kind() == EventKind.REGISTRATION);
            assertThat(read.registrations()).as("registrations on %s", day).isEqualTo(all);
            for (DocumentSubject document : DocumentSubject.values()) {
                assertThat(read.registrations(document)).as("%s on %s", document, day).isEqualTo(
                        count(e -> day(e).equals(d) && e.kind() == EventKind.REGISTRATION
                                && e.subject().equals(document.name())));
            }
            assertThat(read.priorityRegistrations()).isEqualTo(
                    count(e -> day(e).equals(d) && e.kind() == EventKind.REGISTRATION && e.flag() == 1));
            long citizen = count(e -> day(e).equals(d) && e.kind() == EventKind.REGISTRATION
                    && e.subject().equals("CCCD_VNEID"));
            assertShare(read.citizenIdShare(), citizen, all);
        }
    }

    @Test
    void dayLevelTotalsGiveTheSameFiguresAsHourlyOnes() {
        Indicators hourly = totals.indicators(FIRST, LAST);
        Indicators daily = Indicators.of(totals.dailyTotals(FIRST, LAST), totals.durations(FIRST, LAST));

        assertThat(daily.registrations()).isEqualTo(hourly.registrations());
        assertThat(daily.priorityRegistrations()).isEqualTo(hourly.priorityRegistrations());
        assertThat(daily.cashless()).isEqualTo(hourly.cashless());
        assertThat(daily.rejectionRateByReason()).isEqualTo(hourly.rejectionRateByReason());
        assertThat(daily.uptime("printer")).isEqualTo(hourly.uptime("printer"));
        for (EventKind kind : EventKind.values()) {
            assertThat(daily.count(kind)).as(kind.name()).isEqualTo(hourly.count(kind))
                    .isEqualTo(count(e -> e.kind() == kind));
        }
    }

    @Test
    void ticketsByServiceAndHourOverTheMonth() {
        Map<String, long[]> expected = new TreeMap<>();
        for (KioskEvent e : events) {
            if (e.kind() == EventKind.TICKET_ISSUED) {
                expected.computeIfAbsent(e.subject(), s -> new long[24])[LocalDateTime.ofInstant(e.at(), HANOI)
                        .getHour()]++;
            }
        }
        Map<String, long[]> read = totals.indicators(FIRST, LAST).ticketsByServiceAndHour();
        assertThat(read.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((service, hours) -> assertThat(read.get(service)).as(service).containsExactly(hours));
    }

    @Test
    void medianSecondsFromScanToTicketPerDayAndOverTheMonth() {
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            LocalDate d = day;
            assertThat(totals.indicators(day, day).medianSecondsScanToTicket()).as("median on %s", day)
                    .isEqualTo(median(e -> day(e).equals(d)));
        }
        assertThat(totals.indicators(FIRST, LAST).medianSecondsScanToTicket()).isEqualTo(median(e -> true));
    }

    @Test
    void cashlessShareByCountAndByAmount() {
        long paid = 0;
        long cashless = 0;
        long paidDong = 0;
        long cashlessDong = 0;
        for (KioskEvent e : events) {
            if (e.kind() == EventKind.PAYMENT_PAID) {
                paid++;
                paidDong += e.amountDong();
                if (!e.subject().equals("CASH")) {
                    cashless++;
                    cashlessDong += e.amountDong();
                }
            }
        }
        CashlessShare read = totals.indicators(FIRST, LAST).cashless();
        assertThat(read).isEqualTo(new CashlessShare(paid, cashless, paidDong, cashlessDong));
        assertThat(read.byCount()).isCloseTo((double) cashless / paid, within(1e-12));
        assertThat(read.byAmount()).isCloseTo((double) cashlessDong / paidDong, within(1e-12));
    }

    @Test
    void scanRejectionRateInTotalAndByReason() {
        long scans = count(e -> e.kind() == EventKind.SCAN_ACCEPTED || e.kind() == EventKind.SCAN_REJECTED);
        long rejected = count(e -> e.kind() == EventKind.SCAN_REJECTED);
        Indicators read = totals.indicators(FIRST, LAST);

        assertShare(read.rejectionRate(), rejected, scans);
        Map<String, Double> byReason = read.rejectionRateByReason();
        assertThat(byReason).isNotEmpty();
        byReason.forEach((reason, rate) -> assertThat(rate).as(reason).isCloseTo(
                (double) count(e -> e.kind() == EventKind.SCAN_REJECTED && e.subject().equals(reason)) / scans,
                within(1e-12)));
        assertThat(byReason.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo((double) rejected / scans, within(1e-9));
    }

    @Test
    void printerUptime() {
        long running = events.stream().filter(e -> e.kind() == EventKind.APP_RUNNING)
                .mapToLong(e -> e.millis().orElseThrow()).sum();
        long down = events.stream().filter(e -> e.kind() == EventKind.DEVICE_RESTORED
                && e.subject().equals("printer")).mapToLong(e -> e.millis().orElseThrow()).sum();

        assertThat(down).as("the month has printer faults").isPositive();
        assertThat(totals.indicators(FIRST, LAST).uptime("printer").orElseThrow())
                .isCloseTo(1 - (double) down / running, within(1e-12));
        assertThat(totals.indicators(FIRST, LAST).uptime("scanner")).hasValue(1.0);
    }

    /** Last, on its own database: deleting old events must not change a single figure. */
    @Test
    void eventsPastRetentionAreDeletedAndTheirIndicatorsStay(@TempDir Path otherDir) {
        try (KioskDatabase other = KioskDatabase.open(otherDir)) {
            SqliteEventLog log = new SqliteEventLog(other, HANOI);
            log.recordAll(events.stream().filter(e -> !day(e).isAfter(FIRST.plusDays(9))).toList());
            SqliteEventTotals read = new SqliteEventTotals(other);
            var before = read.table(vn.tiepdon.indicators.Breakdown.DAY, FIRST, FIRST.plusDays(9));

            int deleted = log.deleteBefore(FIRST.plusDays(7));

            assertThat(deleted).isEqualTo(count(e -> day(e).isBefore(FIRST.plusDays(7))));
            assertThat(read.kiosks(FIRST, FIRST.plusDays(6))).as("the events themselves are gone").isEmpty();
            assertThat(read.table(vn.tiepdon.indicators.Breakdown.DAY, FIRST, FIRST.plusDays(9))).isEqualTo(before);
        }
    }

    private static LocalDate day(KioskEvent e) {
        return LocalDateTime.ofInstant(e.at(), HANOI).toLocalDate();
    }

    private long count(Predicate<KioskEvent> which) {
        return events.stream().filter(which).count();
    }

    private OptionalDouble median(Predicate<KioskEvent> which) {
        List<Long> seconds = new ArrayList<>();
        for (KioskEvent e : events) {
            if (e.kind() == EventKind.TICKET_PRINTED && which.test(e)) {
                seconds.add(e.millis().orElseThrow() / 1000);
            }
        }
        if (seconds.isEmpty()) {
            return OptionalDouble.empty();
        }
        seconds.sort(null);
        int n = seconds.size();
        return OptionalDouble.of(n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2.0);
    }

    private static void assertShare(OptionalDouble read, long part, long whole) {
        if (whole == 0) {
            assertThat(read).isEmpty();
        } else {
            assertThat(read.orElseThrow()).isCloseTo((double) part / whole, within(1e-12));
        }
    }
}
