package vn.tiepdon.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.indicators.sim.SimulatedKiosk;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventLog;
import vn.tiepdon.store.SqliteSyncLedger;
import vn.tiepdon.store.SqliteSyncSnapshots;
import vn.tiepdon.sync.client.SyncClient;
import vn.tiepdon.sync.client.SyncOutcome;
import vn.tiepdon.sync.client.SyncSettings;
import vn.tiepdon.sync.server.TestServers;

/**
 * What sending costs a kiosk: CPU time and bytes allocated by the sync client's thread for a catch-up cycle (a week
 * offline at 400 patients a day) and for a steady cycle (today changed by a few patients), against the real server
 * on loopback (whose own work is on other threads and not counted). Usage: {@code SyncClientCost [DAYS]}.
 */
public final class SyncClientCost {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private SyncClientCost() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path dir = Files.createTempDirectory("tiepdon-synccost");
        try (TestServers.Running server = TestServers.start(TestServers.Backend.SQLITE, dir.resolve("server"))) {
            // A first kiosk warms the JIT; the second is measured.
            measure(server, dir.resolve("warm"), "W01", days, false);
            measure(server, dir.resolve("kiosk"), "K01", days, true);
        }
    }

    private static void measure(TestServers.Running server, Path data, String kioskId, int days, boolean report)
            throws Exception {
        String token = server.enrol("79001", kioskId);
        LocalDate first = LocalDate.of(2026, 11, 2);
        SimulatedKiosk kiosk = new SimulatedKiosk(kioskId, HANOI, 400, 42);
        try (KioskDatabase database = KioskDatabase.open(data);
             KioskDatabase reading = KioskDatabase.openForReading(database.file(), SqliteSyncSnapshots.SCHEMA_VERSION);
             SyncClient client = new SyncClient(SyncSettings.of(URI.create(server.uri().toString()), token, kioskId,
                     "79001", Optional.empty()), new SqliteSyncSnapshots(reading), new SqliteSyncLedger(database))) {
            SqliteEventLog log = new SqliteEventLog(database, HANOI);
            log.recordAll(kiosk.days(first, first.plusDays(days - 1)));
            Cost catchUp = cycle(client);
            // Steady: today, a few patients between two cycles (a 5-minute interval at 400 a day is ~3 patients).
            List<KioskEvent> today = kiosk.day(first.plusDays(days));
            int steadyCycles = 50;
            long cpu = 0;
            long bytes = 0;
            int per = Math.max(1, today.size() / steadyCycles);
            for (int c = 0; c < steadyCycles; c++) {
                log.recordAll(today.subList(c * per, Math.min(today.size(), (c + 1) * per)));
                Cost steady = cycle(client);
                cpu += steady.cpuNanos;
                bytes += steady.bytes;
            }
            if (report) {
                System.out.printf(Locale.ROOT, "catch-up of %d days (%s, %,d rows): %.1f ms CPU, %,d KB allocated%n",
                        days, catchUp.outcome.status(), catchUp.outcome.rowsSent(), catchUp.cpuNanos / 1e6,
                        catchUp.bytes / 1024);
                double steadyMs = cpu / 1e6 / steadyCycles;
                System.out.printf(Locale.ROOT, "steady cycle (today so far): %.2f ms CPU, %,d KB allocated, on average"
                        + " over %d cycles; at one cycle per 300 s: %.4f %% of one core%n", steadyMs,
                        bytes / steadyCycles / 1024, steadyCycles, steadyMs / 300_000 * 100);
                System.gc();
                var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                System.out.printf(Locale.ROOT, "heap in use after GC (kiosk, client and server in one JVM): %,d KB%n",
                        heap.getUsed() / 1024);
            }
        }
    }

    private record Cost(SyncOutcome outcome, long cpuNanos, long bytes) {
    }

    private static Cost cycle(SyncClient client) {
        long id = Thread.currentThread().threadId();
        long cpu = THREADS.getThreadCpuTime(id);
        long allocated = THREADS.getThreadAllocatedBytes(id);
        SyncOutcome outcome = client.runOnce();
        return new Cost(outcome, THREADS.getThreadCpuTime(id) - cpu, THREADS.getThreadAllocatedBytes(id) - allocated);
    }
}
