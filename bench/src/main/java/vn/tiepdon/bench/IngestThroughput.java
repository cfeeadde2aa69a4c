package vn.tiepdon.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import vn.tiepdon.sync.protocol.BatchJson;
import vn.tiepdon.sync.protocol.HourTotal;
import vn.tiepdon.sync.protocol.SyncProtocol;
import vn.tiepdon.sync.server.TestBatches;
import vn.tiepdon.sync.server.TestServers;

/**
 * Indicator server ingest on loopback, in batches per second and the server threads' CPU a batch. Usage:
 * {@code IngestThroughput sqlite|postgresql KIOSKS BATCHES IN_FLIGHT [http|direct|floor] [noon|closing|unchanged]}.
 * Kiosks are spread over 20 facilities, as in a province. {@code noon} (the default) is a day of ~30 rows of which
 * half change between batches; {@code closing} is a kiosk's whole day at closing time, 170 hour rows and 40 seconds
 * buckets, of which only the current hour's (10 rows, 2 buckets) change between two batches, as with a batch every
 * five minutes; {@code unchanged} is the closing day sent again with nothing new (a kiosk at lunch). {@code direct}
 * is the storage alone, without HTTP or JSON; {@code floor} a fixed answer, the framework alone.
 */
public final class IngestThroughput {

    private static String shape = "noon";

    private IngestThroughput() {
    }

    private static String facility(int kiosk) {
        return "79" + String.format(java.util.Locale.ROOT, "%03d", kiosk % 20);
    }

    public static void main(String[] args) throws Exception {
        shape = args.length > 5 ? args[5] : "noon";
        TestServers.Backend backend = TestServers.Backend.valueOf(args.length > 0 ? args[0].toUpperCase() : "SQLITE");
        int kiosks = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int inFlight = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        Path dir = Files.createTempDirectory("ingest-load");
        try (TestServers.Running server = TestServers.start(backend, dir)) {
            List<String> tokens = new ArrayList<>();
            for (int k = 0; k < kiosks; k++) {
                tokens.add(server.enrol(facility(k), "K" + k));
            }
            if (args.length > 4 && args[4].equals("direct")) {
                direct(server, batches, kiosks, inFlight);
                return;
            }
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            URI uri = server.uri().resolve(SyncProtocol.BATCHES_PATH);
            for (int round = 0; round < 2; round++) { // the first warms the JIT up
                long serverCpuBefore = serverCpuNanos();
                Semaphore slots = new Semaphore(inFlight);
                AtomicLong failed = new AtomicLong();
                long start = System.nanoTime();
                List<CompletableFuture<?>> all = new ArrayList<>();
                for (int i = 0; i < batches; i++) {
                    int kiosk = i % kiosks;
                    long cursor = (long) round * batches + i + 1;
                    byte[] body = BatchJson.write(TestBatches.batch("K" + kiosk, facility(kiosk), cursor,
                            day(cursor)));
                    slots.acquire();
                    if (args.length > 4 && args[4].equals("floor")) { // the framework alone: a fixed answer
                        all.add(http.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/api/v1/openapi.json"))
                                .build(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> slots.release()));
                        continue;
                    }
                    all.add(http.sendAsync(HttpRequest.newBuilder(uri).header("Authorization", "Bearer "
                                    + tokens.get(kiosk)).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                        slots.release();
                        if (e != null || r.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    }));
                }
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%s round %d: %d batches in %.2f s = %.0f batches/s, %d failed;"
                                + " server threads' CPU %.0f µs a batch%n", backend, round, batches, seconds,
                        batches / seconds, failed.get(), (serverCpuNanos() - serverCpuBefore) / 1e3 / batches);
            }
        }
    }

    /** CPU time of the server's request threads so far (Jetty names them after the server). */
    private static long serverCpuNanos() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("indicator-server")) {
                sum += Math.max(0, threads.getThreadCpuTime(thread.threadId()));
            }
        }
        return sum;
    }

    /** The storage alone, without HTTP or JSON: what the database side can take. */
    private static void direct(TestServers.Running server, int batches, int kiosks, int threads) throws Exception {
        var store = new vn.tiepdon.sync.server.ingest.BatchStore(server.server().database());
        var registry = new vn.tiepdon.sync.server.kiosks.KioskRegistry(server.server().database());
        List<vn.tiepdon.sync.server.kiosks.Kiosk> all = registry.list();
        for (int round = 0; round < 2; round++) {
            int r = round;
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            long start = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(Thread.ofPlatform().start(() -> {
                    for (int i; (i = next.getAndIncrement()) < batches; ) {
                        var kiosk = all.get(i % kiosks);
                        long cursor = (long) r * batches + i + 1;
                        store.store(kiosk, TestBatches.batch(kiosk.id(), kiosk.facility(), cursor,
                                day(cursor)));
                    }
                }));
            }
            for (Thread w : workers) {
                w.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("direct round %d: %.0f batches/s%n", round, batches / seconds);
        }
    }

    private static vn.tiepdon.sync.protocol.DayTotals day(long cursor) {
        if (shape.equals("noon")) {
            return TestBatches.day("2026-12-01", typicalDay(cursor));
        }
        boolean unchanged = shape.equals("unchanged");
        List<HourTotal> rows = new ArrayList<>();
        List<vn.tiepdon.sync.protocol.SecondsCount> buckets = new ArrayList<>();
        for (int hour = 6; hour < 23; hour++) { // 17 hours × 10 rows; the last one is the hour still going
            long moving = hour == 22 && !unchanged ? cursor % 97 : 0;
            for (String service : List.of("KB", "XN", "CDHA", "TM", "RHM")) {
                rows.add(TestBatches.count(hour, "TICKET_ISSUED", service, 20 + hour + moving));
            }
            rows.add(TestBatches.count(hour, "REGISTRATION", "CCCD_VNEID", 10 + moving));
            rows.add(TestBatches.count(hour, "REGISTRATION", "BHYT", 7));
            rows.add(TestBatches.count(hour, "TICKET_PRINTED", "KB", 9 + moving));
            rows.add(TestBatches.total(hour, "PAYMENT_PAID", "QR", 0, 2, 300_000, 60_000 + moving));
            rows.add(TestBatches.total(hour, "PAYMENT_PAID", "QR", 1, 1, 0, 90_000));
        }
        for (int seconds = 0; seconds < 40; seconds++) {
            buckets.add(TestBatches.seconds("SESSION", seconds * 3L, seconds < 2 && !unchanged ? 5 + cursor % 89 : 5));
        }
        return TestBatches.day("2026-12-01", rows, buckets);
    }

    /** A kiosk's day at noon: a dozen services and kinds over a few hours (~30 rows). */
    private static HourTotal[] typicalDay(long cursor) {
        List<HourTotal> rows = new ArrayList<>();
        for (int hour = 7; hour < 12; hour++) {
            for (String service : List.of("KB", "XN", "CDHA")) {
                rows.add(TestBatches.count(hour, "TICKET_ISSUED", service, cursor % 50 + hour));
            }
            rows.add(TestBatches.count(hour, "REGISTRATION", "CCCD_VNEID", 10));
            rows.add(TestBatches.count(hour, "TICKET_PRINTED", "KB", 9));
            rows.add(TestBatches.total(hour, "PAYMENT_PAID", "QR", 0, 2, 300_000, 60_000));
        }
        return rows.toArray(HourTotal[]::new);
    }
}
