package vn.tiepdon.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchJsonTest {

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    // Written by hand as sync/PROTOCOL.md shows it, not produced by the code under test.
    private static final String EXAMPLE = """
            {"protocol":1,"kiosk":"K01","facility":"79001","cursor":1234,"days":[
              {"day":"2026-12-01",
               "totals":[{"hour":8,"kind":"TICKET_ISSUED","subject":"KB","flag":0,"count":12,"amountDong":0,"millisSum":0},
                         {"hour":9,"kind":"PAYMENT_PAID","subject":"QR","flag":0,"count":2,"amountDong":300000,"millisSum":90000}],
               "seconds":[{"kind":"TICKET_PRINTED","seconds":6,"count":3}]}]}
            """;

    @Test
    void theDocumentedExampleReadsAsTheBatchItDescribes() {
        Batch batch = BatchJson.readBatch(utf8(EXAMPLE));

        assertThat(batch).isEqualTo(new Batch(1, "K01", "79001", 1234, List.of(new DayTotals("2026-12-01",
                List.of(new HourTotal(8, "TICKET_ISSUED", "KB", 0, 12, 0, 0),
                        new HourTotal(9, "PAYMENT_PAID", "QR", 0, 2, 300_000, 90_000)),
                List.of(new SecondsCount("TICKET_PRINTED", 6, 3))))));
        assertThat(BatchJson.readBatch(BatchJson.write(batch))).isEqualTo(batch);
    }

    @Test
    void aVersionFromTheFutureIsRefusedAsSuch() {
        assertThatThrownBy(() -> BatchJson.readBatch(utf8(EXAMPLE.replace("\"protocol\":1", "\"protocol\":2"))))
                .isInstanceOfSatisfying(BatchRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(BatchRejected.Reason.UNSUPPORTED_VERSION));
    }

    @Test
    void aBodyCutInTheMiddleIsMalformed() {
        byte[] whole = utf8(EXAMPLE);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> BatchJson.readBatch(half)).isInstanceOfSatisfying(BatchRejected.class,
                e -> assertThat(e.reason()).isEqualTo(BatchRejected.Reason.MALFORMED));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[SyncProtocol.MAX_BODY_BYTES + 1];
        assertThatThrownBy(() -> BatchJson.readBatch(huge)).isInstanceOfSatisfying(BatchRejected.class,
                e -> assertThat(e.reason()).isEqualTo(BatchRejected.Reason.TOO_LARGE));
    }

    @Test
    void moreDaysThanOneBatchMayHoldAreTooLarge() {
        StringBuilder days = new StringBuilder();
        for (int d = 0; d < 32; d++) {
            days.append(d > 0 ? "," : "").append("{\"day\":\"%s\",\"totals\":[],\"seconds\":[]}"
                    .formatted(java.time.LocalDate.of(2026, 1, 1).plusDays(d)));
        }
        String json = "{\"protocol\":1,\"kiosk\":\"K01\",\"facility\":\"79001\",\"cursor\":1,\"days\":[" + days + "]}";
        assertThatThrownBy(() -> BatchJson.readBatch(utf8(json))).isInstanceOfSatisfying(BatchRejected.class,
                e -> assertThat(e.reason()).isEqualTo(BatchRejected.Reason.TOO_LARGE));
    }

    @Test
    void aNumberWrittenAsTextOrAMissingCountIsMalformed() {
        for (String bad : List.of(EXAMPLE.replace("\"count\":12", "\"count\":\"12\""),
                EXAMPLE.replace("\"count\":12,", ""), EXAMPLE.replace("\"hour\":8", "\"hour\":24"),
                EXAMPLE.replace("\"count\":12", "\"count\":-1"), EXAMPLE.replace("2026-12-01", "2026-13-01"))) {
            assertThatThrownBy(() -> BatchJson.readBatch(utf8(bad))).as(bad).isInstanceOf(BatchRejected.class);
        }
    }

    @Test
    void theSameTotalTwiceInADayIsMalformedRatherThanSummedOrOverwritten() {
        String twice = EXAMPLE.replace("\"hour\":9,\"kind\":\"PAYMENT_PAID\",\"subject\":\"QR\"",
                "\"hour\":8,\"kind\":\"TICKET_ISSUED\",\"subject\":\"KB\"");
        assertThatThrownBy(() -> BatchJson.readBatch(utf8(twice))).isInstanceOf(BatchRejected.class)
                .hasMessageContaining("twice");
    }
}
