package vn.tiepdon.sync.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.tiepdon.sync.server.TestBatches.batch;
import static vn.tiepdon.sync.server.TestBatches.count;
import static vn.tiepdon.sync.server.TestBatches.day;
import static vn.tiepdon.sync.server.TestBatches.seconds;
import static vn.tiepdon.sync.server.TestBatches.total;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.sync.server.TestServers;
import vn.tiepdon.sync.server.TestServers.Backend;
import vn.tiepdon.sync.server.people.Role;

/**
 * The indicators of three kiosks in two facilities, as a script reads them, against figures worked out by hand:
 * <pre>
 * 79001 K01 12-01: registrations CCCD 3 (08h) + 2 (09h), BHYT 1 priority (08h); tickets KB 4 (08h) + 2 (09h), 6 printed;
 *                  paid QR 2 = 300,000 đ, CASH 1 = 100,000 đ; printed in 5 s ×3 and 8 s ×3
 *           12-02: registrations without a document 2 (10h); tickets XN 2 (10h)
 * 79001 K02 12-01: registrations CCCD 4 (08h); tickets KB 4 (08h); printed in 20 s ×1
 * 79002 K03 12-01: registrations BHYT 10 (14h); tickets KB 10 (14h); paid QR 1 = 50,000 đ; 99 of a kind from the future
 * </pre>
 */
class IndicatorsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VIEWER = "so-y-te";
    private static final String PASSWORD = "mat-khau-dai-du";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void figuresAreTheKiosksSummedAsWorkedOutByHand(Backend backend) throws Exception {
        try (TestServers.Running server = withThreeKiosks(backend)) {
            JsonNode byFacility = read(server, "from=2026-12-01&to=2026-12-02&by=facility");
            assertThat(byFacility.get("from").asText()).isEqualTo("2026-12-01");
            assertThat(byFacility.get("by").asText()).isEqualTo("facility");
            assertThat(column(byFacility, "facility")).containsExactly("79001", "79002", "total");
            JsonNode hospital = byFacility.get("rows").get(0);
            assertThat(hospital.get("registrations").asLong()).isEqualTo(5 + 1 + 2 + 4);
            assertThat(hospital.get("cccd_vneid").asLong()).isEqualTo(9);
            assertThat(hospital.get("bhyt").asLong()).isEqualTo(1);
            assertThat(hospital.get("no_document").asLong()).isEqualTo(2);
            assertThat(hospital.get("cccd_vneid_share").asDouble()).isEqualTo(9 / 12.0);
            assertThat(hospital.get("priority").asLong()).isEqualTo(1);
            assertThat(hospital.get("tickets").asLong()).isEqualTo(6 + 2 + 4);
            assertThat(hospital.get("printed").asLong()).isEqualTo(6);
            // 5 5 5 8 8 8 20: the middle one.
            assertThat(hospital.get("median_scan_to_ticket_s").asDouble()).isEqualTo(8.0);
            assertThat(hospital.get("paid").asLong()).isEqualTo(3);
            assertThat(hospital.get("paid_dong").asLong()).isEqualTo(400_000);
            assertThat(hospital.get("cashless_share_count").asDouble()).isCloseTo(2 / 3.0, within(1e-12));
            assertThat(hospital.get("cashless_share_amount").asDouble()).isEqualTo(0.75);
            assertThat(hospital.get("rejection_rate").isNull()).as("no scans: nothing to share").isTrue();
            assertThat(hospital.get("printer_uptime").isNull()).isTrue();
            JsonNode province = byFacility.get("rows").get(1);
            assertThat(province.get("registrations").asLong()).isEqualTo(10);
            assertThat(province.get("cccd_vneid_share").asDouble()).isEqualTo(0.0);
            assertThat(province.get("median_scan_to_ticket_s").isNull()).isTrue();
            assertThat(province.get("cashless_share_amount").asDouble()).isEqualTo(1.0);
            JsonNode all = byFacility.get("rows").get(2);
            assertThat(all.get("registrations").asLong()).isEqualTo(22);
            assertThat(all.get("tickets").asLong()).isEqualTo(22);
            assertThat(all.get("paid_dong").asLong()).isEqualTo(450_000);
            assertThat(all.get("cashless_share_count").asDouble()).isEqualTo(0.75);

            JsonNode byKiosk = read(server, "from=2026-12-01&to=2026-12-02&by=kiosk");
            // K05 has sent nothing: it shows as zeros rather than vanishing from the report.
            assertThat(column(byKiosk, "kiosk")).containsExactly("K01", "K02", "K03", "K05", "total");
            assertThat(column(byKiosk, "registrations")).containsExactly("8", "4", "10", "0", "22");
            assertThat(column(byKiosk, "tickets")).containsExactly("8", "4", "10", "0", "22");

            JsonNode byDay = read(server, "from=2026-12-01&to=2026-12-03&facility=79001");
            assertThat(column(byDay, "day")).containsExactly("2026-12-01", "2026-12-02", "2026-12-03", "total");
            assertThat(column(byDay, "registrations")).containsExactly("10", "2", "0", "12");
            assertThat(column(byDay, "tickets")).containsExactly("10", "2", "0", "12");

            JsonNode byService = read(server, "from=2026-12-01&to=2026-12-02&by=service");
            assertThat(column(byService, "service")).containsExactly("KB", "XN");
            assertThat(column(byService, "tickets")).containsExactly("20", "2");
            assertThat(column(byService, "printed")).containsExactly("6", "0");

            JsonNode byHour = read(server, "from=2026-12-01&to=2026-12-02&by=hour&kiosk=K01");
            assertThat(byHour.get("rows")).hasSize(24);
            assertThat(byHour.get("rows").get(8).get("hour").asText()).isEqualTo("08:00");
            List<String> tickets = column(byHour, "tickets");
            assertThat(tickets.get(8)).isEqualTo("4");
            assertThat(tickets.get(9)).isEqualTo("2");
            assertThat(tickets.get(10)).isEqualTo("2");
            assertThat(tickets.stream().mapToLong(Long::parseLong).sum()).isEqualTo(8);

            JsonNode byKind = read(server, "from=2026-12-01&to=2026-12-01&by=kind&facility=79002");
            // The kind from the future is held but left out, as the kiosk's own stats leave it out.
            assertThat(byKind.get("rows")).containsExactly(
                    JSON.valueToTree(Map.of("kind", "REGISTRATION", "subject", "BHYT", "count", 10, "amount_dong", 0)),
                    JSON.valueToTree(Map.of("kind", "TICKET_ISSUED", "subject", "KB", "count", 10, "amount_dong", 0)),
                    JSON.valueToTree(Map.of("kind", "PAYMENT_PAID", "subject", "QR", "count", 1,
                            "amount_dong", 50_000)));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theAnswerIsTheKioskStatsJson(Backend backend) {
        try (TestServers.Running server = withThreeKiosks(backend)) {
            HttpResponse<String> answer = server.get(
                    "/api/v1/indicators?from=2026-12-01&to=2026-12-01&by=kind&kiosk=K02", VIEWER, PASSWORD);

            // Jackson's default printer, indented, and a closing line break: what `tiepdon stats --format json` prints.
            assertThat(answer.body()).isEqualTo("""
                    {
                      "from" : "2026-12-01",
                      "to" : "2026-12-01",
                      "by" : "kind",
                      "rows" : [ {
                        "kind" : "REGISTRATION",
                        "subject" : "CCCD_VNEID",
                        "count" : 4,
                        "amount_dong" : 0
                      }, {
                        "kind" : "TICKET_ISSUED",
                        "subject" : "KB",
                        "count" : 4,
                        "amount_dong" : 0
                      } ]
                    }
                    """);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badParametersAreRefusedWithAReason(Backend backend) throws Exception {
        try (TestServers.Running server = withThreeKiosks(backend)) {
            assertRefused(server, "to=2026-12-01", "from is required");
            assertRefused(server, "from=2026-12-01&to=01/12/2026", "to must be a date");
            assertRefused(server, "from=2026-12-02&to=2026-12-01", "to is before from");
            assertRefused(server, "from=2026-12-01&to=2026-12-01&by=fortnight", "by must be one of day, ");
            assertRefused(server, "from=2026-12-01&to=2026-12-01&kiosk=079305001234", "kiosk must be a short code");
            assertRefused(server, "from=2000-01-01&to=2026-12-01", "at most");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void onlyPeopleWithTheRightPasswordRead(Backend backend) throws Exception {
        try (TestServers.Running server = withThreeKiosks(backend)) {
            String path = "/api/v1/indicators?from=2026-12-01&to=2026-12-01";

            HttpResponse<String> none = server.get(path, null, null);
            HttpResponse<String> wrong = server.get(path, VIEWER, "mat-khau-sai-roi");
            HttpResponse<String> unknown = server.get(path, "ai-do", PASSWORD);

            for (HttpResponse<String> refused : List.of(none, wrong, unknown)) {
                assertThat(refused.statusCode()).isEqualTo(401);
                assertThat(JSON.readTree(refused.body()).get("error").asText()).isEqualTo("unauthorized");
                assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Basic"));
            }
            assertThat(server.get(path, VIEWER, PASSWORD).statusCode()).isEqualTo(200);
            assertThat(server.get("/api/v1/kiosks", VIEWER, "mat-khau-sai-roi").statusCode()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theKioskListShowsLastSeenCursorAndRevocation(Backend backend) throws Exception {
        try (TestServers.Running server = withThreeKiosks(backend)) {
            server.revoke("K02");

            JsonNode kiosks = JSON.readTree(server.get("/api/v1/kiosks", VIEWER, PASSWORD).body()).get("kiosks");

            assertThat(kiosks).hasSize(4);
            assertThat(kiosks.get(0).get("kiosk").asText()).isEqualTo("K01");
            assertThat(kiosks.get(0).get("facility").asText()).isEqualTo("79001");
            assertThat(kiosks.get(0).get("lastCursor").asLong()).isEqualTo(100);
            assertThat(kiosks.get(0).get("lastSeen").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(kiosks.get(0).get("revoked").asBoolean()).isFalse();
            assertThat(kiosks.get(1).get("kiosk").asText()).isEqualTo("K02");
            assertThat(kiosks.get(1).get("revoked").asBoolean()).isTrue();
            assertThat(kiosks.get(2).get("kiosk").asText()).isEqualTo("K05");
            assertThat(kiosks.get(2).get("lastSeen").isNull()).as("never sent").isTrue();
            assertThat(kiosks.get(2).get("lastCursor").isNull()).isTrue();
            assertThat(kiosks.get(3).get("facility").asText()).isEqualTo("79002");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theOpenApiDescriptionNamesEveryPath(Backend backend) throws Exception {
        try (TestServers.Running server = TestServers.start(backend, dir)) {
            JsonNode api = JSON.readTree(server.get("/api/v1/openapi.json", null, null).body());

            assertThat(api.get("openapi").asText()).startsWith("3.");
            assertThat(api.get("paths").fieldNames()).toIterable().containsExactlyInAnyOrder(
                    "/api/v1/batches", "/api/v1/indicators", "/api/v1/kiosks", "/api/v1/dhis2/dataValueSets",
                    "/api/v1/openapi.json");
        }
    }

    private TestServers.Running withThreeKiosks(Backend backend) {
        TestServers.Running server = TestServers.start(backend, dir);
        server.addUser(VIEWER, Role.VIEWER, PASSWORD);
        String k01 = server.enrol("79001", "K01");
        String k02 = server.enrol("79001", "K02");
        String k03 = server.enrol("79002", "K03");
        server.enrol("79001", "K05"); // enrolled, never sent
        ok(server.postBatch(k01, batch("K01", "79001", 100,
                day("2026-12-01", List.of(
                        count(8, "REGISTRATION", "CCCD_VNEID", 3), count(9, "REGISTRATION", "CCCD_VNEID", 2),
                        total(8, "REGISTRATION", "BHYT", 1, 1, 0, 0),
                        count(8, "TICKET_ISSUED", "KB", 4), count(9, "TICKET_ISSUED", "KB", 2),
                        total(8, "TICKET_PRINTED", "KB", 0, 6, 0, 39_000),
                        total(9, "PAYMENT_PAID", "QR", 0, 2, 300_000, 90_000),
                        total(9, "PAYMENT_PAID", "CASH", 0, 1, 100_000, 0)),
                        List.of(seconds("TICKET_PRINTED", 5, 3), seconds("TICKET_PRINTED", 8, 3))),
                day("2026-12-02", count(10, "REGISTRATION", "NONE", 2), count(10, "TICKET_ISSUED", "XN", 2)))));
        ok(server.postBatch(k02, batch("K02", "79001", 50,
                day("2026-12-01", List.of(count(8, "REGISTRATION", "CCCD_VNEID", 4),
                        count(8, "TICKET_ISSUED", "KB", 4)), List.of(seconds("TICKET_PRINTED", 20, 1))))));
        ok(server.postBatch(k03, batch("K03", "79002", 7,
                day("2026-12-01", count(14, "REGISTRATION", "BHYT", 10), count(14, "TICKET_ISSUED", "KB", 10),
                        total(14, "PAYMENT_PAID", "QR", 0, 1, 50_000, 0), count(14, "KIOSK_TELEPORTED", "", 99)))));
        return server;
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static JsonNode read(TestServers.Running server, String query) throws Exception {
        return IndicatorJson.read(server, query, VIEWER, PASSWORD);
    }

    private static List<String> column(JsonNode table, String column) {
        return IndicatorJson.column(table, column);
    }

    private static void assertRefused(TestServers.Running server, String query, String reason) throws Exception {
        HttpResponse<String> answer = server.get("/api/v1/indicators?" + query, VIEWER, PASSWORD);
        assertThat(answer.statusCode()).as(query).isEqualTo(400);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("error").asText()).isEqualTo("malformed");
        assertThat(body.get("message").asText()).as(query).contains(reason).doesNotContain("079305001234");
    }
}
