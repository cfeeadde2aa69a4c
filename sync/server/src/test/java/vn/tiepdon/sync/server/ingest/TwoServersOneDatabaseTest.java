package vn.tiepdon.sync.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.sync.server.TestBatches.batch;
import static vn.tiepdon.sync.server.TestBatches.count;
import static vn.tiepdon.sync.server.TestBatches.day;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.sync.protocol.Batch;
import vn.tiepdon.sync.protocol.HourTotal;
import vn.tiepdon.sync.server.TestServers;
import vn.tiepdon.sync.server.TestServers.Backend;

/**
 * Two server instances on one database (PostgreSQL, as a province runs it), kiosks' batches arriving at both at once in random order: each kiosk-day
 * ends exactly as the batch with the highest cursor sent it, whichever server took which batch when.
 */
class TwoServersOneDatabaseTest {

    private static final int KIOSKS = 4;
    private static final int CURSORS = 40;
    private static final List<String> DAYS = List.of("2026-12-01", "2026-12-02");

    @TempDir
    Path dir;

    /** On SQLite too: two processes on one file take turns through its lock (busy_timeout). */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void concurrentBatchesForTheSameKiosksEndExactlyAsTheNewest(Backend backend) throws Exception {
        try (TestServers.Running first = TestServers.start(backend, dir);
             TestServers.Running second = TestServers.startAnother(first.database())) {
            Map<String, String> tokens = new TreeMap<>();
            for (int k = 1; k <= KIOSKS; k++) {
                tokens.put("K0" + k, first.enrol("79001", "K0" + k));
            }
            List<Batch> batches = new ArrayList<>();
            tokens.keySet().forEach(kiosk -> {
                for (int cursor = 1; cursor <= CURSORS; cursor++) {
                    batches.add(batchAt(kiosk, cursor));
                }
            });
            Random random = new Random(20261203);
            Collections.shuffle(batches, random);
            List<TestServers.Running> servers = List.of(first, second);

            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            try (ExecutorService kiosks = Executors.newFixedThreadPool(8)) {
                for (Batch batch : batches) {
                    TestServers.Running server = servers.get(random.nextInt(2));
                    answers.add(kiosks.submit(() -> server.postBatch(tokens.get(batch.kiosk()), batch)));
                }
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
            }

            assertThat(first.heldRows()).containsExactlyElementsOf(expectedRows(tokens.keySet()));
        }
    }

    /**
     * A kiosk's days as counted at {@code cursor}: counts grow with the cursor, and XN is counted only at odd
     * cursors, so a batch that overwrote the newest one would show either way.
     */
    private static Batch batchAt(String kiosk, int cursor) {
        List<vn.tiepdon.sync.protocol.DayTotals> days = new ArrayList<>();
        for (int d = 0; d < DAYS.size(); d++) {
            List<HourTotal> totals = new ArrayList<>();
            totals.add(count(8, "TICKET_ISSUED", "KB", cursor * 10L + d));
            if (cursor % 2 == 1) {
                totals.add(count(9, "TICKET_ISSUED", "XN", cursor));
            }
            days.add(day(DAYS.get(d), totals.toArray(HourTotal[]::new)));
        }
        return batch(kiosk, "79001", cursor, days.toArray(vn.tiepdon.sync.protocol.DayTotals[]::new));
    }

    /** By hand: the newest cursor is 40, even, so every kiosk-day holds KB = 400 + day index and no XN. */
    private static List<String> expectedRows(Iterable<String> kiosks) {
        List<String> days = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        for (String kiosk : kiosks) {
            for (int d = 0; d < DAYS.size(); d++) {
                days.add("kiosk_days|" + kiosk + "|" + DAYS.get(d) + "|40");
                totals.add("hour_totals|" + kiosk + "|79001|" + DAYS.get(d) + "|8|TICKET_ISSUED|KB|0|" + (400 + d)
                        + "|0|0");
            }
        }
        List<String> all = new ArrayList<>(days);
        all.addAll(totals);
        return all;
    }
}
