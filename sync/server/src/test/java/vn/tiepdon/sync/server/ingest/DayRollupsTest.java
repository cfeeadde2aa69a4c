package vn.tiepdon.sync.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.sync.protocol.Batch;
import vn.tiepdon.sync.protocol.DayTotals;
import vn.tiepdon.sync.protocol.HourTotal;
import vn.tiepdon.sync.protocol.SecondsCount;
import vn.tiepdon.sync.server.TestServers;
import vn.tiepdon.sync.server.TestServers.Backend;
import vn.tiepdon.sync.server.api.IndicatorReader;
import vn.tiepdon.sync.server.people.Role;

/**
 * Reports read day rollups, not hour rows. After random batches (days replaced with rows added, changed and removed,
 * late and repeated batches, three kiosks in two facilities), every report the API answers equals the one computed
 * from the hour rows themselves.
 */
class DayRollupsTest {

    private static final String[] KINDS = {"REGISTRATION:CCCD_VNEID", "REGISTRATION:BHYT", "TICKET_ISSUED:KB",
            "TICKET_ISSUED:XN", "TICKET_PRINTED:KB", "PAYMENT_PAID:QR", "PAYMENT_PAID:CASH", "SCAN_REJECTED:GARBLED"};
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static final Map<String, String> KIOSKS = new LinkedHashMap<>(Map.of("K1", "79001", "K2", "79001",
            "K3", "79002"));

    @TempDir
    Path dir;

    private static DayTotals randomDay(Random random, LocalDate day) {
        List<HourTotal> totals = new ArrayList<>();
        for (int hour = 7; hour < 12; hour++) {
            for (String each : KINDS) {
                if (random.nextInt(3) > 0) {
                    String[] kind = each.split(":");
                    long count = 1 + random.nextInt(20);
                    totals.add(new HourTotal(hour, kind[0], kind[1], random.nextInt(4) == 0 ? 1 : 0, count,
                            kind[0].startsWith("PAYMENT") ? count * 50_000 : 0, count * 700));
                }
            }
        }
        List<SecondsCount> seconds = new ArrayList<>();
        for (int s = 5; s < 15; s++) {
            if (random.nextBoolean()) {
                seconds.add(new SecondsCount("TICKET_PRINTED", s, 1 + random.nextInt(5)));
            }
        }
        return new DayTotals(day.toString(), totals, seconds);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyReportFromTheRollupsEqualsTheSameReportFromTheHourRows(Backend backend) throws Exception {
        Random random = new Random(20261203);
        try (TestServers.Running server = TestServers.start(backend, dir)) {
            Map<String, String> tokens = new LinkedHashMap<>();
            KIOSKS.forEach((kiosk, facility) -> tokens.put(kiosk, server.enrol(facility, kiosk)));
            server.addUser("xem", Role.VIEWER, "mat-khau-thu-nghiem");
            Map<String, Long> cursors = new LinkedHashMap<>();
            List<Batch> sent = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String kiosk = List.copyOf(KIOSKS.keySet()).get(random.nextInt(KIOSKS.size()));
                long cursor = cursors.merge(kiosk, 1L + random.nextInt(5), Long::sum);
                List<DayTotals> days = new ArrayList<>();
                int first = random.nextInt(5);
                for (int d = first; d < first + 1 + random.nextInt(3); d++) {
                    days.add(randomDay(random, FIRST.plusDays(d)));
                }
                Batch batch = new Batch(1, kiosk, KIOSKS.get(kiosk), cursor, days);
                // Now and then a batch is held back and sent after a newer one, or sent again.
                Batch toSend = random.nextInt(5) == 0 && !sent.isEmpty() ? sent.get(random.nextInt(sent.size())) : batch;
                sent.add(batch);
                assertThat(server.postBatch(tokens.get(toSend.kiosk()), toSend).statusCode()).isEqualTo(200);
                if (toSend != batch) {
                    assertThat(server.postBatch(tokens.get(kiosk), batch).statusCode()).isEqualTo(200);
                }
            }

            IndicatorReader reader = new IndicatorReader(server.server().database());
            // The reference: every hour row of every kiosk as stored, nothing summed by the database.
            var EVERY_HOUR_OF_EACH_KIOSK = new IndicatorReader.Shape(IndicatorReader.Split.KIOSK, true, true,
                    java.util.Set.of(), true);
            ObjectMapper json = new ObjectMapper();
            LocalDate to = FIRST.plusDays(7);
            List<IndicatorReader.Selection> selections = List.of(IndicatorReader.Selection.ALL,
                    new IndicatorReader.Selection(Optional.of("79001"), Optional.empty()),
                    new IndicatorReader.Selection(Optional.empty(), Optional.of("K2")));
            for (Breakdown by : Breakdown.values()) {
                for (IndicatorReader.Selection selection : selections) {
                    var fromHours = by.tableOf(reader.read(FIRST, to, EVERY_HOUR_OF_EACH_KIOSK, selection), FIRST, to)
                            .asJsonTree(FIRST, to, by);
                    String query = "/api/v1/indicators?from=" + FIRST + "&to=" + to + "&by="
                            + by.name().toLowerCase(Locale.ROOT)
                            + selection.facility().map(f -> "&facility=" + f).orElse("")
                            + selection.kiosk().map(k -> "&kiosk=" + k).orElse("");
                    var answer = server.get(query, "xem", "mat-khau-thu-nghiem");
                    assertThat(answer.statusCode()).as(query).isEqualTo(200);
                    assertThat(json.readTree(answer.body())).as(query)
                            .isEqualTo(json.readTree(json.writeValueAsString(fromHours)));
                }
            }
        }
    }
}
