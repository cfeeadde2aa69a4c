package vn.tiepdon.sync.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import vn.tiepdon.sync.server.TestServers;

/** Reads {@code /api/v1/indicators} answers in tests: the table as JSON, and one column of it as text. */
public final class IndicatorJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndicatorJson() {
    }

    /** The answer to {@code /api/v1/indicators?QUERY} as a person, which must be 200. */
    public static JsonNode read(TestServers.Running server, String query, String user, String password)
            throws IOException {
        HttpResponse<String> answer = server.get("/api/v1/indicators?" + query, user, password);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** One column of the table's rows, each cell as text. */
    public static List<String> column(JsonNode table, String column) {
        List<String> cells = new ArrayList<>();
        table.get("rows").forEach(row -> cells.add(row.get(column).asText()));
        return cells;
    }
}
