package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.KioskTotals;
import vn.tiepdon.indicators.sim.SimulatedKiosk;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventLog;
import vn.tiepdon.store.SqliteEventTotals;
import vn.tiepdon.store.SqliteSyncLedger;
import vn.tiepdon.store.SqliteSyncSnapshots;
import vn.tiepdon.sync.client.SyncClient;
import vn.tiepdon.sync.client.SyncOutcome;
import vn.tiepdon.sync.client.SyncSettings;
import vn.tiepdon.sync.server.TestServers;
import vn.tiepdon.sync.server.people.Role;
import vn.tiepdon.testing.FaultyProxy;
import vn.tiepdon.testing.FaultyProxy.Fault;

/**
 * A real kiosk database, the real sync client and the real indicator server, with a proxy between them that drops,
 * delays, cuts, fails and repeats requests. Once the network heals, one cycle makes the server's figures equal the
 * kiosk's own {@code stats}, exactly, for every day and every breakdown.
 */
class SyncThroughFaultsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 2);
    private static final String KIOSK = "K01";
    private static final String FACILITY = "79001";
    private static final String VIEWER = "sogiamdoc";
    private static final String PASSWORD = "mat-khau-thu-nghiem";

    @TempDir
    Path dir;

    private TestServers.Running server;
    private KioskDatabase database;
    private KioskDatabase reading;
    private SqliteEventLog log;
    private SimulatedKiosk kiosk;
    private String token;

    @BeforeEach
    void start() {
        server = TestServers.start(TestServers.Backend.SQLITE, dir.resolve("server"));
        token = server.enrol(FACILITY, KIOSK);
        server.addUser(VIEWER, Role.VIEWER, PASSWORD);
        database = KioskDatabase.open(dir.resolve("kiosk"));
        reading = KioskDatabase.openForReading(database.file(), SqliteSyncSnapshots.SCHEMA_VERSION);
        log = new SqliteEventLog(database, ZONE);
        kiosk = new SimulatedKiosk(KIOSK, ZONE, 400, 20261203L);
    }

    @AfterEach
    void stop() {
        reading.close();
        database.close();
        server.close();
    }

    private SyncClient client(String url) {
        SyncSettings settings = SyncSettings.of(URI.create(url), token, KIOSK, FACILITY, Optional.empty())
                // Shorter than the proxy's DELAY, so a delayed request is one the client gave up on.
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800));
        return new SyncClient(settings, new SqliteSyncSnapshots(reading), new SqliteSyncLedger(database));
    }

    private void count(LocalDate day) {
        log.recordAll(kiosk.day(day));
    }

    @Test
    void afterEveryKindOfFaultTheServerHoldsExactlyTheKiosksFigures() throws Exception {
        List<Fault> faults = new ArrayList<>(EnumSet.complementOf(EnumSet.of(Fault.PASS)));
        try (FaultyProxy proxy = new FaultyProxy(server.port(), Duration.ofMillis(1500));
             SyncClient client = client(proxy.url())) {
            LocalDate day = FIRST;
            // Every fault once, in order, each on a cycle with a new day counted (so each batch differs)...
            for (Fault fault : faults) {
                count(day);
                proxy.plan(fault);
                client.runOnce();
                day = day.plusDays(1);
            }
            // ...then a stretch of random faults, some cycles succeeding in between.
            proxy.chaos(new Random(7), 0.6);
            for (int cycle = 0; cycle < 12; cycle++) {
                if (cycle % 3 == 0) {
                    count(day);
                    day = day.plusDays(1);
                }
                client.runOnce();
            }
            proxy.heal();
            SyncOutcome healed = client.runOnce();

            assertThat(healed.status()).isIn(SyncOutcome.Status.SENT, SyncOutcome.Status.NOTHING_TO_SEND);
            assertThat(proxy.applied().keySet()).containsAll(faults);
            assertSameFigures(FIRST, day.minusDays(1));
        }
    }

    @Test
    void aWeekOfflineAtFourHundredADayIsCaughtUpInOneCycle() throws Exception {
        try (FaultyProxy proxy = new FaultyProxy(server.port(), Duration.ofMillis(1500));
             SyncClient client = client(proxy.url())) {
            LocalDate last = FIRST.plusDays(6);
            for (LocalDate day = FIRST; !day.isAfter(last); day = day.plusDays(1)) {
                count(day);
                proxy.plan(Fault.DROP_CONNECTION);
                assertThat(client.runOnce().succeeded()).isFalse();
            }
            int passedBefore = proxy.applied().getOrDefault(Fault.PASS, 0);

            SyncOutcome caughtUp = client.runOnce();

            assertThat(caughtUp.status()).isEqualTo(SyncOutcome.Status.SENT);
            assertThat(proxy.applied().getOrDefault(Fault.PASS, 0) - passedBefore).as("requests in the cycle").isEqualTo(1);
            assertSameFigures(FIRST, last);
        }
    }

    /** Every breakdown over the whole period, and by hour each day alone: the server's JSON equals the kiosk's. */
    private void assertSameFigures(LocalDate from, LocalDate to) throws Exception {
        ObjectMapper json = new ObjectMapper();
        SqliteEventTotals totals = new SqliteEventTotals(database);
        KioskTotals own = new KioskTotals(KIOSK, FACILITY, totals.dailyTotals(from, to), totals.durations(from, to));
        for (Breakdown by : Breakdown.values()) {
            List<LocalDate[]> periods = new ArrayList<>();
            if (by == Breakdown.HOUR) {
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    periods.add(new LocalDate[] {day, day});
                }
            } else {
                periods.add(new LocalDate[] {from, to});
            }
            for (LocalDate[] period : periods) {
                KioskTotals kioskOwn = by.needsHours()
                        ? new KioskTotals(KIOSK, FACILITY, totals.totals(period[0], period[1]),
                        totals.durations(period[0], period[1]))
                        : new KioskTotals(KIOSK, FACILITY, totals.dailyTotals(period[0], period[1]),
                        totals.durations(period[0], period[1]));
                // Through text, as `stats --format json` prints it: a tree built from longs and one parsed from
                // text hold the same numbers in different node types.
                JsonNode expected = json.readTree(json.writeValueAsString(by.tableOf(List.of(kioskOwn), period[0],
                        period[1]).asJsonTree(period[0], period[1], by)));
                HttpResponse<String> answer = server.get("/api/v1/indicators?from=" + period[0] + "&to=" + period[1]
                        + "&by=" + by.name().toLowerCase(java.util.Locale.ROOT), VIEWER, PASSWORD);
                assertThat(answer.statusCode()).as(by + " " + period[0]).isEqualTo(200);
                assertThat(json.readTree(answer.body())).as(by + " " + period[0] + "–" + period[1])
                        .isEqualTo(expected);
            }
        }
        assertThat(own.totals()).isNotEmpty();
    }
}
