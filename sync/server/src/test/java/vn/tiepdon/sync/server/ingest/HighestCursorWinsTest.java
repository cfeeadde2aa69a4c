package vn.tiepdon.sync.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.sync.server.TestBatches.batch;
import static vn.tiepdon.sync.server.TestBatches.count;
import static vn.tiepdon.sync.server.TestBatches.day;
import static vn.tiepdon.sync.server.TestBatches.seconds;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.sync.protocol.BatchAck;
import vn.tiepdon.sync.protocol.BatchJson;
import vn.tiepdon.sync.server.TestServers;
import vn.tiepdon.sync.server.TestServers.Backend;
import vn.tiepdon.sync.server.kiosks.Kiosk;
import vn.tiepdon.sync.server.kiosks.KioskRegistry;

/** Per kiosk and day the server holds the batch with the highest cursor: repeats, late batches and replays change nothing. */
class HighestCursorWinsTest {

    private static final String DAY1 = "2026-12-01";
    private static final String DAY2 = "2026-12-02";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFirstBatchIsHeldAsSent(Backend backend) {
        try (TestServers.Running server = TestServers.start(backend, dir)) {
            String token = server.enrol("79001", "K01");

            BatchAck ack = ack(server.postBatch(token, batch("K01", "79001", 10,
                    day(DAY1, List.of(count(8, "TICKET_ISSUED", "KB", 3)), List.of(seconds("TICKET_PRINTED", 6, 3))),
                    day(DAY2, count(9, "REGISTRATION", "CCCD_VNEID", 2)))));

            assertThat(ack).isEqualTo(new BatchAck(1, 10, 2, 0));
            assertThat(server.heldRows()).containsExactly(
                    "kiosk_days|K01|2026-12-01|10",
                    "kiosk_days|K01|2026-12-02|10",
                    "hour_totals|K01|79001|2026-12-01|8|TICKET_ISSUED|KB|0|3|0|0",
                    "hour_totals|K01|79001|2026-12-02|9|REGISTRATION|CCCD_VNEID|0|2|0|0",
                    "second_counts|K01|79001|2026-12-01|TICKET_PRINTED|6|3");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRepeatedOrOlderBatchChangesNothing(Backend backend) {
        try (TestServers.Running server = TestServers.start(backend, dir)) {
            String token = server.enrol("79001", "K01");
            var sent = batch("K01", "79001", 10, day(DAY1, count(8, "TICKET_ISSUED", "KB", 3)));
            ack(server.postBatch(token, sent));
            List<String> held = server.heldRows();

            BatchAck repeat = ack(server.postBatch(token, sent));
            BatchAck older = ack(server.postBatch(token, batch("K01", "79001", 9,
                    day(DAY1, count(8, "TICKET_ISSUED", "KB", 2), count(8, "TICKET_ISSUED", "XN", 1)))));

            assertThat(repeat).isEqualTo(new BatchAck(1, 10, 0, 1));
            assertThat(older).isEqualTo(new BatchAck(1, 9, 0, 1));
            assertThat(server.heldRows()).isEqualTo(held);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aLaterCursorReplacesTheDayAndARowItNoLongerHasDisappears(Backend backend) {
        try (TestServers.Running server = TestServers.start(backend, dir)) {
            String token = server.enrol("79001", "K01");
            ack(server.postBatch(token, batch("K01", "79001", 10,
                    day(DAY1, List.of(count(8, "TICKET_ISSUED", "KB", 3), count(8, "TICKET_ISSUED", "XN", 1)),
                            List.of(seconds("TICKET_PRINTED", 6, 3))),
                    day(DAY2, count(9, "TICKET_ISSUED", "KB", 1)))));

            BatchAck ack = ack(server.postBatch(token, batch("K01", "79001", 25,
                    day(DAY1, count(8, "TICKET_ISSUED", "KB", 5)))));

            assertThat(ack).isEqualTo(new BatchAck(1, 25, 1, 0));
            // Day 1 is the new batch's, XN and the histogram gone; day 2, not in it, stays as it was.
            assertThat(server.heldRows()).containsExactly(
                    "kiosk_days|K01|2026-12-01|25",
                    "kiosk_days|K01|2026-12-02|10",
                    "hour_totals|K01|79001|2026-12-01|8|TICKET_ISSUED|KB|0|5|0|0",
                    "hour_totals|K01|79001|2026-12-02|9|TICKET_ISSUED|KB|0|1|0|0");
        }
    }

    /** Only changed rows are written: after random days (rows added, changed, kept, removed) the newest is held. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void randomReplacementsEndAsTheNewestDay(Backend backend) {
        try (TestServers.Running server = TestServers.start(backend, dir)) {
            String token = server.enrol("79001", "K01");
            java.util.Random random = new java.util.Random(42);
            List<Long> cursors = new java.util.ArrayList<>();
            for (long c = 1; c <= 40; c++) {
                cursors.add(c);
            }
            java.util.Collections.shuffle(cursors, random);
            cursors.add(cursors.get(3)); // a repeat
            java.util.Map<Long, vn.tiepdon.sync.protocol.DayTotals> sent = new java.util.HashMap<>();
            for (long cursor : cursors) {
                vn.tiepdon.sync.protocol.DayTotals day = sent.computeIfAbsent(cursor, c -> randomDay(random));
                ack(server.postBatch(token, batch("K01", "79001", cursor, day)));
            }

            vn.tiepdon.sync.protocol.DayTotals newest = sent.get(40L);
            List<String> expected = new java.util.ArrayList<>(List.of("kiosk_days|K01|2026-12-01|40"));
            newest.totals().forEach(t -> expected.add("hour_totals|K01|79001|2026-12-01|" + t.hour() + "|" + t.kind()
                    + "|" + t.subject() + "|" + t.flag() + "|" + t.count() + "|0|0"));
            newest.seconds().forEach(b -> expected.add("second_counts|K01|79001|2026-12-01|" + b.kind() + "|"
                    + b.seconds() + "|" + b.count()));
            assertThat(server.heldRows()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static vn.tiepdon.sync.protocol.DayTotals randomDay(java.util.Random random) {
        List<vn.tiepdon.sync.protocol.HourTotal> totals = new java.util.ArrayList<>();
        for (int hour = 7; hour < 10; hour++) {
            for (String service : List.of("KB", "XN", "CDHA")) {
                if (random.nextInt(3) > 0) {
                    totals.add(count(hour, "TICKET_ISSUED", service, 1 + random.nextInt(3)));
                }
            }
        }
        List<vn.tiepdon.sync.protocol.SecondsCount> buckets = new java.util.ArrayList<>();
        for (long s = 1; s < 5; s++) {
            if (random.nextBoolean()) {
                buckets.add(seconds("TICKET_PRINTED", s, 1 + random.nextInt(2)));
            }
        }
        return day(DAY1, totals, buckets);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void batchesArrivingOutOfOrderEndAsTheNewest(Backend backend) {
        try (TestServers.Running server = TestServers.start(backend, dir)) {
            String token = server.enrol("79001", "K01");
            var newest = batch("K01", "79001", 30, day(DAY1, count(8, "TICKET_ISSUED", "KB", 7)));
            var middle = batch("K01", "79001", 20, day(DAY1, count(8, "TICKET_ISSUED", "KB", 5)),
                    day(DAY2, count(8, "TICKET_ISSUED", "KB", 2)));
            var oldest = batch("K01", "79001", 10, day(DAY1, count(8, "TICKET_ISSUED", "KB", 3)));

            ack(server.postBatch(token, newest));
            BatchAck late = ack(server.postBatch(token, middle));
            ack(server.postBatch(token, oldest));
            ack(server.postBatch(token, newest)); // a replay

            // Day 1 at 30 keeps 7; day 2 was new at 20, so the late batch brought it.
            assertThat(late).isEqualTo(new BatchAck(1, 20, 1, 1));
            assertThat(server.heldRows()).containsExactly(
                    "kiosk_days|K01|2026-12-01|30",
                    "kiosk_days|K01|2026-12-02|20",
                    "hour_totals|K01|79001|2026-12-01|8|TICKET_ISSUED|KB|0|7|0|0",
                    "hour_totals|K01|79001|2026-12-02|8|TICKET_ISSUED|KB|0|2|0|0");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aKindThisServerDoesNotKnowIsStored(Backend backend) {
        try (TestServers.Running server = TestServers.start(backend, dir)) {
            String token = server.enrol("79001", "K01");

            ack(server.postBatch(token, batch("K01", "79001", 3, day(DAY1, count(8, "KIOSK_TELEPORTED", "", 2)))));

            assertThat(server.heldRows()).contains("hour_totals|K01|79001|2026-12-01|8|KIOSK_TELEPORTED||0|2|0|0");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theKioskIsSeenWithItsHighestCursor(Backend backend) {
        try (TestServers.Running server = TestServers.start(backend, dir)) {
            String token = server.enrol("79001", "K01");

            ack(server.postBatch(token, batch("K01", "79001", 40, day(DAY1, count(8, "TICKET_ISSUED", "KB", 1)))));
            ack(server.postBatch(token, batch("K01", "79001", 12, day(DAY2, count(8, "TICKET_ISSUED", "KB", 1)))));

            Kiosk kiosk = new KioskRegistry(server.server().database()).list().getFirst();
            assertThat(kiosk.lastSeen()).isPresent();
            assertThat(kiosk.lastCursor()).hasValue(40);
        }
    }

    static BatchAck ack(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return BatchJson.readAck(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
