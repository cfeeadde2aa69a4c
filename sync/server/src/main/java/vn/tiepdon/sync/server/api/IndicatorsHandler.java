package vn.tiepdon.sync.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.StatsTable;
import vn.tiepdon.sync.protocol.BatchRejected;
import vn.tiepdon.sync.protocol.Codes;
import vn.tiepdon.sync.protocol.SyncProtocol;
import vn.tiepdon.sync.server.http.ApiError;
import vn.tiepdon.sync.server.http.Replies;

/**
 * {@code GET /api/v1/indicators?from&to&by[&facility][&kiosk]}: the selected kiosks' indicators, summed, in exactly the
 * JSON of the kiosk's {@code tiepdon stats --format json} (the same table code and the same writer).
 */
public final class IndicatorsHandler {

    public static final String PATH = "/api/v1/indicators";
    /** Ten years of days: more is a mistake in a script, not a report. */
    static final long MAX_DAYS = 3660;

    private final BasicAuth auth;
    private final IndicatorReader reader;

    public IndicatorsHandler(BasicAuth auth, IndicatorReader reader) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    public void handle(Context ctx) throws ApiError {
        auth.require(ctx);
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (to.isBefore(from)) {
            throw ApiError.malformed("to is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiError.malformed("a period is at most " + MAX_DAYS + " days");
        }
        Breakdown by = breakdown(ctx.queryParam("by"));
        var selection = new IndicatorReader.Selection(code(ctx, "facility", SyncProtocol.MAX_FACILITY),
                code(ctx, "kiosk", SyncProtocol.MAX_KIOSK_ID));
        StatsTable table = by.tableOf(reader.read(from, to, by.needsHours(), selection), from, to);
        Replies.json(ctx, 200, table.asJsonTree(from, to, by));
    }

    private static LocalDate date(Context ctx, String name) throws ApiError {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            throw ApiError.malformed(name + " is required (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.malformed(name + " must be a date like 2026-12-03");
        }
    }

    private static Breakdown breakdown(String text) throws ApiError {
        if (text == null || text.isBlank()) {
            return Breakdown.DAY;
        }
        try {
            return Breakdown.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.malformed("by must be day, hour, service, kind, kiosk or facility");
        }
    }

    private static Optional<String> code(Context ctx, String name, int maxLength) throws ApiError {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Codes.require(name, text, maxLength, false));
        } catch (BatchRejected e) {
            throw ApiError.malformed(e.getMessage());
        }
    }
}
