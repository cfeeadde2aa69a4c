package vn.tiepdon.sync.server.api;

import io.javalin.http.Context;
import java.util.Objects;
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
        IndicatorQuery query = IndicatorQuery.of(ctx);
        Replies.json(ctx, 200, query.table(reader).asJsonTree(query.from(), query.to(), query.by()));
    }
}
