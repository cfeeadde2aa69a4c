package vn.tiepdon.sync.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.StatsTable;
import vn.tiepdon.sync.protocol.SyncProtocol;
import vn.tiepdon.sync.server.http.ApiError;

/**
 * A report asked for in a query ({@code from}, {@code to}, {@code by}, optional {@code facility} and {@code kiosk}):
 * read the same way, with the same refusals, by the API for scripts and by the dashboard.
 */
public record IndicatorQuery(LocalDate from, LocalDate to, Breakdown by, IndicatorReader.Selection selection) {

    public static IndicatorQuery of(Context ctx) throws ApiError {
        LocalDate from = QueryParameters.date(ctx, "from");
        LocalDate to = QueryParameters.date(ctx, "to");
        QueryParameters.requireOrder(from, to);
        return new IndicatorQuery(from, to, breakdown(ctx.queryParam("by")), new IndicatorReader.Selection(
                QueryParameters.code(ctx, "facility", SyncProtocol.MAX_FACILITY),
                QueryParameters.code(ctx, "kiosk", SyncProtocol.MAX_KIOSK_ID)));
    }

    /** The selected kiosks' table, summed by the database as far as the breakdown allows. */
    public StatsTable table(IndicatorReader reader) {
        return by.tableOf(reader.read(from, to, IndicatorReader.Shape.of(by), selection), from, to);
    }

    private static Breakdown breakdown(String text) throws ApiError {
        if (text == null || text.isBlank()) {
            return Breakdown.DAY;
        }
        try {
            return Breakdown.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.malformed("by must be one of " + Arrays.stream(Breakdown.values())
                    .map(b -> b.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
