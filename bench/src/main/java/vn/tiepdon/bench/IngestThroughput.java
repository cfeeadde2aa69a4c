package vn.tiepdon.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import vn.tiepdon.sync.protocol.SyncProtocol;
import vn.tiepdon.sync.server.TestServers;

/**
 * Indicator server ingest on loopback: 200 simulated kiosks post batches of one busy day each (the batch a kiosk
 * sends every five minutes: today's totals so far, 170 rows and a seconds histogram), each with a higher cursor, so
 * every batch replaces the day. Prints batches per second and latency. Usage:
 * {@code IngestThroughput sqlite|postgresql [KIOSKS] [SECONDS] [CLIENTS]}; PostgreSQL from TIEPDON_TEST_POSTGRES.
 */
public final class IngestThroughput {

    private static final String[] KINDS = {"REGISTRATION:CCCD_VNEID", "REGISTRATION:BHYT", "REGISTRATION:NONE",
            "TICKET_ISSUED:KBHYT", "TICKET_ISSUED:KDV", "TICKET_ISSUED:XN", "TICKET_PRINTED:KBHYT",
            "TICKET_PRINTED:KDV", "TICKET_PRINTED:XN", "SCAN_ACCEPTED:CCCD_VNEID", "SCAN_ACCEPTED:BHYT",
            "SCAN_REJECTED:GARBLED", "PAYMENT_REQUESTED:", "PAYMENT_PAID:QR", "PAYMENT_PAID:CASH", "APP_RUNNING:",
            "IDLE_RESET:"};

    private IngestThroughput() {
    }

    public static void main(String[] args) throws Exception {
        TestServers.Backend backend = TestServers.Backend.valueOf(args.length > 0 ? args[0].toUpperCase(Locale.ROOT)
                : "SQLITE");
        int kiosks = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        Path dir = Files.createTempDirectory("tiepdon-ingest");
        try (TestServers.Running server = TestServers.start(backend, dir)) {
            String[] tokens = new String[kiosks];
            String[] templates = new String[kiosks];
            for (int k = 0; k < kiosks; k++) {
                String kiosk = "K" + k;
                String facility = "79" + String.format(Locale.ROOT, "%03d", k % 20);
                tokens[k] = server.enrol(facility, kiosk);
                templates[k] = template(kiosk, facility, LocalDate.of(2026, 12, 3), k);
            }
            URI batches = URI.create(server.uri() + SyncProtocol.BATCHES_PATH);
            System.out.printf(Locale.ROOT, "%s, %d kiosks, %d clients, body %,d bytes (%d rows + histogram)%n",
                    backend, kiosks, clients, templates[0].length(), 170);
            AtomicLongArray cursors = new AtomicLongArray(kiosks);
            run(batches, tokens, templates, cursors, clients, Duration.ofSeconds(5), false);
            run(batches, tokens, templates, cursors, clients, Duration.ofSeconds(seconds), true);
        }
    }

    private static void run(URI batches, String[] tokens, String[] templates, AtomicLongArray cursors, int clients,
                            Duration length, boolean report) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicLong next = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        List<long[]> latencies = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<long[]>> loops = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                loops.add(pool.submit(() -> {
                    long[] took = new long[1 << 20];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        int k = (int) (next.getAndIncrement() % tokens.length);
                        long cursor = cursors.incrementAndGet(k) * 10;
                        byte[] body = templates[k].replace("\"cursor\":0", "\"cursor\":" + cursor)
                                .getBytes(StandardCharsets.UTF_8);
                        long start = System.nanoTime();
                        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(batches)
                                .header("Authorization", "Bearer " + tokens[k])
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() != 200) {
                            failed.incrementAndGet();
                        } else if (n < took.length) {
                            took[n++] = System.nanoTime() - start;
                        }
                    }
                    return Arrays.copyOf(took, n);
                }));
            }
            for (var loop : loops) {
                latencies.add(loop.get());
            }
        }
        if (!report) {
            return;
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "%,d batches stored in %d s: %,.0f batches/s (%,.0f rows/s); p50 %.1f ms,"
                        + " p99 %.1f ms; refused %d%n", all.length, length.toSeconds(),
                all.length / (double) length.toSeconds(), all.length * 170.0 / length.toSeconds(),
                all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, failed.get());
    }

    /** One kiosk's day so far: 10 open hours × 17 kinds, and a 40-bucket scan-to-ticket histogram. */
    static String template(String kiosk, String facility, LocalDate day, int seed) {
        StringBuilder totals = new StringBuilder();
        for (int hour = 7; hour < 17; hour++) {
            for (int i = 0; i < KINDS.length; i++) {
                String[] kind = KINDS[i].split(":", -1);
                long count = 1 + (seed * 31L + hour * 7L + i) % 40;
                long amount = kind[0].startsWith("PAYMENT") ? count * 150_000 : 0;
                totals.append(totals.isEmpty() ? "" : ",").append(String.format(Locale.ROOT,
                        "{\"hour\":%d,\"kind\":\"%s\",\"subject\":\"%s\",\"flag\":0,\"count\":%d,\"amountDong\":%d,"
                                + "\"millisSum\":%d}", hour, kind[0], kind[1], count, amount, count * 1000));
            }
        }
        StringBuilder seconds = new StringBuilder();
        for (int s = 3; s < 43; s++) {
            seconds.append(seconds.isEmpty() ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"kind\":\"TICKET_PRINTED\",\"seconds\":%d,\"count\":%d}", s, 1 + (s * 13 + seed) % 9));
        }
        return "{\"protocol\":1,\"kiosk\":\"" + kiosk + "\",\"facility\":\"" + facility + "\",\"cursor\":0,"
                + "\"days\":[{\"day\":\"" + day + "\",\"totals\":[" + totals + "],\"seconds\":[" + seconds + "]}]}";
    }
}
