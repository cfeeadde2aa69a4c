package vn.tiepdon.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.api.PaymentApi;
import vn.tiepdon.payment.api.PaymentApiSettings;
import vn.tiepdon.payment.api.TransferSender;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqlitePaymentOrders;

/**
 * The local payment API under 50 concurrent clients on loopback: each client, on its own connection pool, makes a
 * bill ({@code POST /payments}), reads it ({@code GET /payments/{bill}}) and pays it (a signed
 * {@code POST /webhooks/transfer}), over and over. Prints p50 and p99 per request, all kinds together and each
 * kind, after a warm-up round that is not counted. The database is a real SQLite file in a temporary folder.
 * <p>
 * Usage: {@code ApiLatency [CLIENTS] [ROUNDS]} (default 50 clients, 20 rounds each: 3,000 requests).
 */
public final class ApiLatency {

    private static final String TOKEN = "bench-token-0123456789";
    private static final byte[] SECRET = "bench-secret-0123456789".getBytes(StandardCharsets.UTF_8);

    private ApiLatency() {
    }

    private record Sample(String kind, long nanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("tiepdon-api-bench");
        try (KioskDatabase database = KioskDatabase.open(dir)) {
            Clock clock = Clock.systemUTC();
            PaymentAccount account = new PaymentAccount("970436", "0011001234567", ServiceCode.ACCOUNT,
                    Optional.of(PaymentAccount.HOSPITALS), Duration.ofMinutes(15));
            PaymentDesk desk = new PaymentDesk(account, new SqlitePaymentOrders(database, clock.getZone(), "B01"),
                    clock);
            PaymentApiSettings settings = new PaymentApiSettings(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TOKEN, SECRET, Optional.empty());
            try (PaymentApi api = PaymentApi.start(settings, desk)) {
                InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        api.address().getPort());
                run(address, clients, 2, "W");
                List<Sample> samples = run(address, clients, rounds, "M");
                report(clients, rounds, samples);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static List<Sample> run(InetSocketAddress api, int clients, int rounds, String tag) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Sample>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                go.await();
                return client(api, tag + client, rounds);
            }));
        }
        go.countDown();
        List<Sample> all = new ArrayList<>();
        for (Future<List<Sample>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        return all;
    }

    private static List<Sample> client(InetSocketAddress api, String name, int rounds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        TransferSender bank = new TransferSender(api, SECRET);
        String base = "http://127.0.0.1:" + api.getPort();
        List<Sample> samples = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            String bill = "HD" + name + "R" + round;
            long t0 = System.nanoTime();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/payments"))
                    .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":150000,\"billNumber\":\"" + bill + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            HttpResponse<String> shown = http.send(HttpRequest.newBuilder(URI.create(base + "/payments/" + bill))
                    .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long t2 = System.nanoTime();
            TransferSender.Reply paid = bank.send("FT" + bill, 150_000, bill + " Vien phi", Instant.now());
            long t3 = System.nanoTime();
            samples.add(new Sample("POST /payments", t1 - t0, created.statusCode()));
            samples.add(new Sample("GET /payments/{bill}", t2 - t1, shown.statusCode()));
            samples.add(new Sample("POST /webhooks/transfer", t3 - t2, paid.status()));
        }
        return samples;
    }

    private static void report(int clients, int rounds, List<Sample> samples) {
        long failed = samples.stream().filter(s -> s.status() >= 300).count();
        System.out.printf(Locale.ROOT, "payment API, %d concurrent clients x %d rounds (create, read, pay): "
                + "%,d requests, %d not 2xx%n", clients, rounds, samples.size(), failed);
        line("all", samples.stream().mapToLong(Sample::nanos).toArray());
        for (String kind : List.of("POST /payments", "GET /payments/{bill}", "POST /webhooks/transfer")) {
            line(kind, samples.stream().filter(s -> s.kind().equals(kind)).mapToLong(Sample::nanos).toArray());
        }
    }

    private static void line(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "  %-26s p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms%n", what,
                percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6, nanos[nanos.length - 1] / 1e6);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
