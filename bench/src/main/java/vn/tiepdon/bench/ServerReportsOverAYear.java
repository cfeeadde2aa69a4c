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
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.tiepdon.sync.protocol.SyncProtocol;
import vn.tiepdon.sync.server.TestServers;
import vn.tiepdon.sync.server.people.Role;
import vn.tiepdon.sync.server.store.DatabaseLocation;

/**
 * {@code GET /api/v1/indicators} over one year of 200 kiosks (each a busy day every day: 170 rows and a histogram),
 * loaded through the real ingest path, then read as a script reads it. Prints p50/p95 per breakdown. Usage:
 * {@code ServerReportsOverAYear sqlite|postgresql [KIOSKS] [RUNS] [KEEP]}: with KEEP (a SQLite file, or a file that
 * remembers a PostgreSQL URL) a loaded year is kept and read again by the next run, since loading takes minutes.
 */
public final class ServerReportsOverAYear {

    private static final String[] KINDS = {"REGISTRATION:CCCD_VNEID", "REGISTRATION:BHYT", "REGISTRATION:NONE",
            "TICKET_ISSUED:KBHYT", "TICKET_ISSUED:KDV", "TICKET_ISSUED:XN", "TICKET_PRINTED:KBHYT",
            "TICKET_PRINTED:KDV", "TICKET_PRINTED:XN", "SCAN_ACCEPTED:CCCD_VNEID", "SCAN_ACCEPTED:BHYT",
            "SCAN_REJECTED:GARBLED", "PAYMENT_REQUESTED:", "PAYMENT_PAID:QR", "PAYMENT_PAID:CASH", "APP_RUNNING:",
            "IDLE_RESET:"};

    private ServerReportsOverAYear() {
    }

    public static void main(String[] args) throws Exception {
        TestServers.Backend backend = TestServers.Backend.valueOf(args.length > 0 ? args[0].toUpperCase(Locale.ROOT)
                : "SQLITE");
        int kiosks = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        LocalDate first = LocalDate.of(2026, 1, 1);
        LocalDate last = LocalDate.of(2026, 12, 31);
        Path dir = Files.createTempDirectory("tiepdon-year");
        Optional<Path> keep = args.length > 3 ? Optional.of(Path.of(args[3]).toAbsolutePath()) : Optional.empty();
        boolean loaded = keep.isPresent() && Files.exists(keep.get());
        DatabaseLocation database;
        if (loaded) {
            database = DatabaseLocation.parse(backend == TestServers.Backend.SQLITE ? keep.get().toString()
                    : Files.readString(keep.get()).strip());
        } else {
            String url = keep.isPresent() && backend == TestServers.Backend.SQLITE ? keep.get().toString()
                    : TestServers.freshDatabaseUrl(backend, dir);
            if (keep.isPresent()) {
                Files.createDirectories(keep.get().getParent());
                if (backend == TestServers.Backend.POSTGRESQL) {
                    Files.writeString(keep.get(), url + "\n");
                }
            }
            database = DatabaseLocation.parse(url);
        }
        try (TestServers.Running server = TestServers.startAnother(database)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            if (!loaded) {
            server.addUser("baocao", Role.VIEWER, "mat-khau-bao-cao");
            URI batches = URI.create(server.uri() + SyncProtocol.BATCHES_PATH);
            long loadStart = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                List<Future<?>> loads = new ArrayList<>();
                for (int k = 0; k < kiosks; k++) {
                    String kiosk = "K" + k;
                    String facility = "79" + String.format(Locale.ROOT, "%03d", k % 20);
                    String token = server.enrol(facility, kiosk);
                    int seed = k;
                    loads.add(pool.submit(() -> {
                        long cursor = 1;
                        for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(SyncProtocol.MAX_DAYS)) {
                            StringBuilder days = new StringBuilder();
                            for (LocalDate day = from; !day.isAfter(last) && day.isBefore(from.plusDays(SyncProtocol.MAX_DAYS));
                                 day = day.plusDays(1)) {
                                String one = template(kiosk, facility, day, seed + day.getDayOfYear());
                                days.append(days.isEmpty() ? "" : ",")
                                        .append(one, one.indexOf("[{\"day\"") + 1, one.length() - 2);
                            }
                            String body = "{\"protocol\":1,\"kiosk\":\"" + kiosk + "\",\"facility\":\"" + facility
                                    + "\",\"cursor\":" + cursor++ + ",\"days\":[" + days + "]}";
                            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(batches)
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (answer.statusCode() != 200) {
                                throw new IllegalStateException("load refused: " + answer.statusCode() + " " + answer.body());
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> load : loads) {
                    load.get();
                }
            }
            System.out.printf(Locale.ROOT, "%s: loaded %d kiosks x %d days (%,d rows) in %.0f s%n", backend, kiosks,
                    365, kiosks * 365L * 170, (System.nanoTime() - loadStart) / 1e9);
            }
            String auth = "Basic " + Base64.getEncoder().encodeToString("baocao:mat-khau-bao-cao"
                    .getBytes(StandardCharsets.UTF_8));
            // A year of every breakdown, then the dashboard's default period (30 days) of the slowest two.
            List<String[]> reports = new ArrayList<>();
            for (String by : List.of("day", "month", "facility", "kiosk", "service", "hour")) {
                reports.add(new String[] {by, first.toString(), "a year"});
            }
            for (String by : List.of("kiosk", "hour")) {
                reports.add(new String[] {by, last.minusDays(29).toString(), "30 days"});
            }
            for (String[] report : reports) {
                String by = report[0];
                URI uri = URI.create(server.uri() + "/api/v1/indicators?from=" + report[1] + "&to=" + last + "&by=" + by);
                long[] took = new long[runs];
                int bytes = 0;
                for (int run = -2; run < runs; run++) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                            .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(by + ": " + answer.statusCode());
                    }
                    bytes = answer.body().length();
                    if (run >= 0) {
                        took[run] = System.nanoTime() - start;
                    }
                }
                java.util.Arrays.sort(took);
                System.out.printf(Locale.ROOT, "by=%-8s %s, %d kiosks: p50 %.0f ms, p95 %.0f ms (%,d bytes)%n", by,
                        report[2], kiosks, took[runs / 2] / 1e6, took[(int) Math.ceil(runs * 0.95) - 1] / 1e6, bytes);
            }
        }
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
