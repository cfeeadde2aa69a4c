package vn.tiepdon.sync.server.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.sync.server.TestBatches.batch;
import static vn.tiepdon.sync.server.TestBatches.count;
import static vn.tiepdon.sync.server.TestBatches.day;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.sync.server.TestServers;
import vn.tiepdon.sync.server.TestServers.Backend;
import vn.tiepdon.sync.server.people.Role;

/**
 * DHIS2 dataValues for two mapped facilities and one that is not mapped, worked out by hand:
 * <pre>
 * 79001 (OU_A) K01 2026-11-30 (Monday of 2026W49): 4 CCCD registrations; 2026-12-01: 1 CCCD, 1 BHYT
 * 79002 (OU_B) K03 2026-12-01: 10 BHYT
 * 79003 (not mapped) K09 2026-12-01: 5 CCCD
 * </pre>
 */
class DataValueSetsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void valuesPerPeriodAndFacilityAsWorkedOutByHand(Backend backend) throws Exception {
        try (TestServers.Running server = TestServers.start(backend, dir, mapping())) {
            send(server);

            assertThat(values(server, "from=2026-12-01&to=2026-12-01&period=daily")).containsExactly(
                    "DE_REG 20261201 OU_A 2", "DE_CCCD 20261201 OU_A 0.5",
                    "DE_REG 20261201 OU_B 10", "DE_CCCD 20261201 OU_B 0");
            // The whole ISO week around 1 December, Monday 30 November included.
            assertThat(values(server, "from=2026-12-01&to=2026-12-01&period=weekly")).containsExactly(
                    "DE_REG 2026W49 OU_A 6", "DE_CCCD 2026W49 OU_A " + (5 / 6.0),
                    "DE_REG 2026W49 OU_B 10", "DE_CCCD 2026W49 OU_B 0");
            // No registration in November at 79002: no share to report, so none is sent.
            assertThat(values(server, "from=2026-11-30&to=2026-12-01&period=monthly")).containsExactly(
                    "DE_REG 202611 OU_A 4", "DE_CCCD 202611 OU_A 1", "DE_REG 202611 OU_B 0",
                    "DE_REG 202612 OU_A 2", "DE_CCCD 202612 OU_A 0.5",
                    "DE_REG 202612 OU_B 10", "DE_CCCD 202612 OU_B 0");

            HttpResponse<String> badPeriod = server.get(
                    "/api/v1/dhis2/dataValueSets?from=2026-12-01&to=2026-12-01&period=yearly", "so", "mat-khau-dai-du");
            assertThat(badPeriod.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void withoutAMappingThereIsNothingToServe() throws Exception {
        try (TestServers.Running server = TestServers.start(Backend.SQLITE, dir)) {
            server.addUser("so", Role.VIEWER, "mat-khau-dai-du");

            HttpResponse<String> answer = server.get("/api/v1/dhis2/dataValueSets?from=2026-12-01&to=2026-12-01",
                    "so", "mat-khau-dai-du");

            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(answer.body()).get("message").asText()).contains("--dhis2-mapping");
        }
    }

    @Test
    void aMappingNamingNoIndicatorIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("dhis2.properties"), "dataElement.registratons=X\norgUnit.1=Y\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dhis2Mapping.read(file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registratons");
    }

    private Dhis2Mapping mapping() throws Exception {
        return Dhis2Mapping.read(Files.writeString(dir.resolve("dhis2.properties"), """
                # indicators
                dataElement.registrations = DE_REG
                dataElement.cccd_vneid_share = DE_CCCD
                # facilities
                orgUnit.79001 = OU_A
                orgUnit.79002 = OU_B
                """));
    }

    private static void send(TestServers.Running server) {
        server.addUser("so", Role.VIEWER, "mat-khau-dai-du");
        String k01 = server.enrol("79001", "K01");
        String k03 = server.enrol("79002", "K03");
        String k09 = server.enrol("79003", "K09");
        for (HttpResponse<String> answer : List.of(
                server.postBatch(k01, batch("K01", "79001", 20,
                        day("2026-11-30", count(8, "REGISTRATION", "CCCD_VNEID", 4)),
                        day("2026-12-01", count(8, "REGISTRATION", "CCCD_VNEID", 1),
                                count(9, "REGISTRATION", "BHYT", 1)))),
                server.postBatch(k03, batch("K03", "79002", 5, day("2026-12-01", count(8, "REGISTRATION", "BHYT", 10)))),
                server.postBatch(k09, batch("K09", "79003", 5,
                        day("2026-12-01", count(8, "REGISTRATION", "CCCD_VNEID", 5)))))) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
    }

    private static List<String> values(TestServers.Running server, String query) throws Exception {
        HttpResponse<String> answer = server.get("/api/v1/dhis2/dataValueSets?" + query, "so", "mat-khau-dai-du");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        for (JsonNode value : JSON.readTree(answer.body()).get("dataValues")) {
            values.add(value.get("dataElement").asText() + " " + value.get("period").asText() + " "
                    + value.get("orgUnit").asText() + " " + value.get("value").asText());
        }
        return values;
    }
}
