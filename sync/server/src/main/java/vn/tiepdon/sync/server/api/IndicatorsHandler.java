package vn.tiepdon.sync.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.StatsTable;
import vn.tiepdon.sync.protocol.SyncProtocol;
import vn.tiepdon.sync.server.http.ApiError;
import vn.tiepdon.sync.server.http.Replies;

/**
 * {@code GET /api/v1/indicators?from&to&by[&facility][&kiosk]}: the selected kiosks' indicators, summed, in exactly the
 * JSON of the kiosk's {@code tiepdon stats --format json} (the same table code and the same writer).
 */
public final class IndicatorsHandler {

    public static final String PATH = "/api/v1/indicators";

    private final BasicAuth auth;
    private final IndicatorReader reader;

    public IndicatorsHandler(BasicAuth auth, IndicatorReader reader) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    public void handle(Context ctx) throws ApiError {
        auth.require(ctx);
        LocalDate from = QueryParameters.date(ctx, "from");
        LocalDate to = QueryParameters.date(ctx, "to");
        QueryParameters.requireOrder(from, to);
        Breakdown by = breakdown(ctx.queryParam("by"));
        var selection = new IndicatorReader.Selection(
                QueryParameters.code(ctx, "facility", SyncProtocol.MAX_FACILITY),
                QueryParameters.code(ctx, "kiosk", SyncProtocol.MAX_KIOSK_ID));
        StatsTable table = by.tableOf(reader.read(from, to, by.needsHours(), selection), from, to);
        Replies.json(ctx, 200, table.asJsonTree(from, to, by));
    }

    private static Breakdown breakdown(String text) throws ApiError {
        if (text == null || text.isBlank()) {
            return Breakdown.DAY;
        }
        try {
            return Breakdown.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.malformed("by must be one of " + java.util.Arrays.stream(Breakdown.values())
                    .map(b -> b.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
