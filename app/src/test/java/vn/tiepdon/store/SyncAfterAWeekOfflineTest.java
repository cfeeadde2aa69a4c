package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.EventTotal;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.indicators.sim.SimulatedKiosk;
import vn.tiepdon.sync.client.ProtocolServer;
import vn.tiepdon.sync.client.SyncClient;
import vn.tiepdon.sync.client.SyncOutcome;
import vn.tiepdon.sync.client.SyncSettings;
import vn.tiepdon.sync.protocol.DayTotals;
import vn.tiepdon.sync.protocol.HourTotal;

/**
 * A busy kiosk (400 registrations on a weekday) loses its indicator server for a week and goes on counting; the
 * first cycle after the server is back sends the whole week in one batch, and the server's copy of every day equals
 * the kiosk's own aggregates and the figures this test counts from the generated events.
 */
class SyncAfterAWeekOfflineTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String TOKEN = "k01-token-0123456789abcdef";
    private static final LocalDate BEFORE = LocalDate.of(2026, 11, 1);
    private static final LocalDate FIRST_OFFLINE = BEFORE.plusDays(1);
    private static final LocalDate LAST_OFFLINE = BEFORE.plusDays(7);

    @TempDir
    Path dataDir;

    private final ProtocolServer server = ProtocolServer.http(TOKEN);
    private KioskDatabase database;
    private KioskDatabase reading;
    private SqliteEventLog log;
    private SyncClient client;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dataDir);
        reading = KioskDatabase.openForReading(database.file(), SqliteSyncSnapshots.SCHEMA_VERSION);
        log = new SqliteEventLog(database, HANOI);
        client = new SyncClient(SyncSettings.of(server.uri(), TOKEN, "K01", "79001", Optional.empty()),
                new SqliteSyncSnapshots(reading), new SqliteSyncLedger(database));
    }

    @AfterEach
    void close() {
        client.close();
        reading.close();
        database.close();
        server.close();
    }

    @Test
    void aWeekOfflineIsCaughtUpInOneCycleOfOneBatchAndEveryDayEqualsTheKiosks() {
        SimulatedKiosk kiosk = new SimulatedKiosk("K01", HANOI, 400, 20261201L);
        List<KioskEvent> before = kiosk.day(BEFORE);
        log.recordAll(before);
        assertThat(client.runOnce().status()).isEqualTo(SyncOutcome.Status.SENT);

        server.fault(ProtocolServer.Fault.BUSY_503);
        List<KioskEvent> week = new ArrayList<>();
        for (LocalDate day = FIRST_OFFLINE; !day.isAfter(LAST_OFFLINE); day = day.plusDays(1)) {
            List<KioskEvent> events = kiosk.day(day);
            week.addAll(events);
            log.recordAll(events);
            SyncOutcome offline = client.runOnce();
            assertThat(offline.status()).as("offline on %s: %s", day, offline.detail())
                    .isEqualTo(SyncOutcome.Status.BUSY);
        }
        server.fault(ProtocolServer.Fault.NONE);
        int requestsBefore = server.requests().size();

        SyncOutcome back = client.runOnce();

        assertThat(back.status()).isEqualTo(SyncOutcome.Status.SENT);
        assertThat(back.daysAcknowledged()).isEqualTo(7);
        List<ProtocolServer.Request> caughtUp = server.requests().subList(requestsBefore, server.requests().size());
        assertThat(caughtUp).as("one batch").hasSize(1);
        assertThat(caughtUp.getFirst().batch().days()).extracting(DayTotals::day)
                .as("the week, not the day acknowledged before it").containsExactlyElementsOf(
                        FIRST_OFFLINE.datesUntil(LAST_OFFLINE.plusDays(1)).map(LocalDate::toString).toList());
        assertThat(back.cursor()).as("every event ever written").isEqualTo(before.size() + week.size());

        SqliteEventTotals own = new SqliteEventTotals(database);
        long registrationsInTheWeek = 0;
        for (LocalDate day = FIRST_OFFLINE; !day.isAfter(LAST_OFFLINE); day = day.plusDays(1)) {
            DayTotals held = server.held().get(day.toString()).totals();
            assertThat(server.held().get(day.toString()).cursor()).isEqualTo(back.cursor());
            assertThat(rows(held)).as("the server's %s equals the kiosk's aggregates", day)
                    .isEqualTo(rows(own.totals(day, day)));
            LocalDate d = day;
            long registrations = week.stream().filter(e -> day(e).equals(d) && e.kind() == EventKind.REGISTRATION)
                    .count();
            assertThat(sum(held, "REGISTRATION")).as("registrations on %s", day).isEqualTo(registrations);
            assertThat(ticketsByHour(held)).as("tickets by hour on %s", day).isEqualTo(week.stream()
                    .filter(e -> day(e).equals(d) && e.kind() == EventKind.TICKET_ISSUED)
                    .collect(java.util.stream.Collectors.groupingBy(e -> LocalDateTime.ofInstant(e.at(), HANOI)
                            .getHour(), TreeMap::new, java.util.stream.Collectors.counting())));
            registrationsInTheWeek += registrations;
        }
        assertThat(registrationsInTheWeek).as("a busy week").isBetween(1_800L, 3_200L);
        assertThat(client.runOnce().status()).as("then nothing is left").isEqualTo(SyncOutcome.Status.NOTHING_TO_SEND);
    }

    private static LocalDate day(KioskEvent e) {
        return LocalDateTime.ofInstant(e.at(), HANOI).toLocalDate();
    }

    private static long sum(DayTotals day, String kind) {
        return day.totals().stream().filter(t -> t.kind().equals(kind)).mapToLong(HourTotal::count).sum();
    }

    private static Map<Integer, Long> ticketsByHour(DayTotals day) {
        Map<Integer, Long> byHour = new TreeMap<>();
        day.totals().stream().filter(t -> t.kind().equals("TICKET_ISSUED"))
                .forEach(t -> byHour.merge(t.hour(), t.count(), Long::sum));
        return byHour;
    }

    /** (hour, kind, subject, flag, count, amount, millis), in one order for both sides. */
    private static List<List<Object>> rows(DayTotals day) {
        return day.totals().stream().map(t -> List.<Object>of(t.hour(), t.kind(), t.subject(), t.flag(), t.count(),
                t.amountDong(), t.millisSum())).sorted(java.util.Comparator.comparing(Object::toString)).toList();
    }

    private static List<List<Object>> rows(List<EventTotal> totals) {
        return totals.stream().map(t -> List.<Object>of(t.hour(), t.kind().name(), t.subject(), t.flag(), t.count(),
                t.amountDong(), t.millisSum())).sorted(java.util.Comparator.comparing(Object::toString)).toList();
    }
}
