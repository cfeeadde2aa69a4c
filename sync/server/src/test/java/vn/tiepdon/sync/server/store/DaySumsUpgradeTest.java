package vn.tiepdon.sync.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.sync.server.TestServers;
import vn.tiepdon.sync.server.TestServers.Backend;
import vn.tiepdon.sync.server.api.IndicatorJson;
import vn.tiepdon.sync.server.people.Role;

/**
 * A database written by a server before the day sums (schema 3) is upgraded in place: the reports it answers
 * afterwards hold every count it held, summed by hand here.
 */
class DaySumsUpgradeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void countsHeldBeforeTheUpgradeAreReportedAfterIt(Backend backend) throws Exception {
        DatabaseLocation database = TestServers.freshDatabase(backend, dir);
        Flyway.configure().dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("classpath:vn/tiepdon/sync/server/store/migration").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO kiosks (kiosk_id, facility, token_hash, created_at) VALUES"
                    + " ('K1', '79001', 'a', 0), ('K2', '79001', 'b', 0), ('K3', '79002', 'c', 0)");
            sql.execute("INSERT INTO kiosk_days (kiosk_id, day, cursor, received_at) VALUES"
                    + " ('K1', '2026-11-02', 5, 0), ('K2', '2026-11-02', 7, 0), ('K3', '2026-11-03', 9, 0)");
            sql.execute("INSERT INTO hour_totals (kiosk_id, facility, day, hour, kind, subject, flag, count,"
                    + " amount_dong, millis_sum) VALUES"
                    + " ('K1', '79001', '2026-11-02', 8, 'TICKET_ISSUED', 'KB', 0, 4, 0, 0),"
                    + " ('K1', '79001', '2026-11-02', 9, 'TICKET_ISSUED', 'KB', 0, 3, 0, 0),"
                    + " ('K1', '79001', '2026-11-02', 9, 'PAYMENT_PAID', 'QR', 0, 2, 300000, 0),"
                    + " ('K2', '79001', '2026-11-02', 8, 'TICKET_ISSUED', 'KB', 0, 5, 0, 0),"
                    + " ('K3', '79002', '2026-11-03', 10, 'TICKET_ISSUED', 'XN', 0, 6, 0, 0)");
            sql.execute("INSERT INTO second_counts (kiosk_id, facility, day, kind, seconds, count) VALUES"
                    + " ('K1', '79001', '2026-11-02', 'TICKET_PRINTED', 20, 3),"
                    + " ('K2', '79001', '2026-11-02', 'TICKET_PRINTED', 40, 1)");
        }
        try (TestServers.Running server = TestServers.startAnother(database)) {
            server.addUser("xem", Role.VIEWER, "mat-khau-thu-nghiem");

            JsonNode byKind = read(server, "from=2026-11-01&to=2026-11-30&by=kind");
            assertThat(byKind.get("rows")).containsExactlyInAnyOrder(
                    JSON.valueToTree(Map.of("kind", "TICKET_ISSUED", "subject", "KB", "count", 12, "amount_dong", 0)),
                    JSON.valueToTree(Map.of("kind", "TICKET_ISSUED", "subject", "XN", "count", 6, "amount_dong", 0)),
                    JSON.valueToTree(Map.of("kind", "PAYMENT_PAID", "subject", "QR", "count", 2,
                            "amount_dong", 300_000)));

            JsonNode byFacility = read(server, "from=2026-11-01&to=2026-11-30&by=facility");
            assertThat(cells(byFacility, "facility")).containsExactly("79001", "79002", "total");
            assertThat(cells(byFacility, "tickets")).containsExactly("12", "6", "18");
            // 79001's histogram: three tickets at 20 s and one at 40 s, so the median is 20 s.
            assertThat(byFacility.get("rows").get(0).get("median_scan_to_ticket_s").asDouble()).isEqualTo(20.0);

            JsonNode oneKiosk = read(server, "from=2026-11-01&to=2026-11-30&by=kind&kiosk=K2");
            assertThat(cells(oneKiosk, "count")).containsExactly("5");
            assertThat(read(server, "from=2026-11-01&to=2026-11-30&by=hour&facility=79001").get("rows").get(8)
                    .get("tickets").asLong()).isEqualTo(9);
        } finally {
            TestServers.dropDatabase(database);
        }
    }

    private static JsonNode read(TestServers.Running server, String query) throws Exception {
        return IndicatorJson.read(server, query, "xem", "mat-khau-thu-nghiem");
    }

    private static List<String> cells(JsonNode table, String column) {
        return IndicatorJson.column(table, column);
    }
}
