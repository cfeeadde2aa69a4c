package vn.tiepdon.sync.server.dhis2;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.StatsTable;
import vn.tiepdon.sync.server.api.BasicAuth;
import vn.tiepdon.sync.server.api.IndicatorReader;
import vn.tiepdon.sync.server.api.QueryParameters;
import vn.tiepdon.sync.server.http.ApiError;
import vn.tiepdon.sync.server.http.Replies;

/**
 * {@code GET /api/v1/dhis2/dataValueSets?from&to&period=daily|weekly|monthly}: the mapped indicators of each mapped
 * facility, per period, as a DHIS2 {@code dataValueSets} body a script posts to {@code /api/dataValueSets}. Values are
 * absolute per period and key, so posting the same periods again updates rather than adds.
 */
public final class DataValueSetsHandler {

    public static final String PATH = "/api/v1/dhis2/dataValueSets";
    /** About three years of days, or of weeks and months: one answer stays a few megabytes at most. */
    private static final int MAX_PERIODS = 1100;

    private final BasicAuth auth;
    private final IndicatorReader reader;
    private final Optional<Dhis2Mapping> mapping;

    public DataValueSetsHandler(BasicAuth auth, IndicatorReader reader, Optional<Dhis2Mapping> mapping) {
        this.auth = auth;
        this.reader = reader;
        this.mapping = mapping;
    }

    public void handle(Context ctx) throws ApiError {
        auth.require(ctx);
        Dhis2Mapping map = mapping.orElseThrow(() -> new ApiError(404, "not_found",
                "no DHIS2 mapping is configured (start the server with --dhis2-mapping FILE)"));
        LocalDate from = QueryParameters.date(ctx, "from");
        LocalDate to = QueryParameters.date(ctx, "to");
        QueryParameters.requireOrder(from, to);
        Dhis2Period type;
        try {
            type = Dhis2Period.parse(Optional.ofNullable(ctx.queryParam("period")).orElse("monthly"));
        } catch (IllegalArgumentException e) {
            throw ApiError.malformed("period must be daily, weekly or monthly");
        }
        List<Dhis2Period.Span> periods = type.covering(from, to);
        if (periods.size() > MAX_PERIODS || ChronoUnit.DAYS.between(from, to) > MAX_PERIODS * 31L) {
            throw ApiError.malformed("at most " + MAX_PERIODS + " periods in one request");
        }
        List<Map<String, String>> values = new ArrayList<>();
        for (Dhis2Period.Span period : periods) {
            StatsTable table = Breakdown.FACILITY.tableOf(reader.read(period.first(), period.last(),
                    IndicatorReader.Shape.of(Breakdown.FACILITY), IndicatorReader.Selection.ALL), period.first(), period.last());
            for (List<Object> row : table.rows()) {
                String orgUnit = map.orgUnits().get((String) row.get(0));
                if (orgUnit != null) {
                    addValues(values, map, table.columns(), row, period.name(), orgUnit);
                }
            }
        }
        Replies.json(ctx, 200, Map.of("dataValues", values));
    }

    /** One value per mapped indicator the facility has a figure for (a share with nothing to share is left out). */
    private static void addValues(List<Map<String, String>> values, Dhis2Mapping map, List<String> columns,
                                  List<Object> row, String period, String orgUnit) {
        for (int c = 1; c < columns.size(); c++) {
            String dataElement = map.dataElements().get(columns.get(c));
            Object cell = row.get(c);
            if (dataElement != null && cell != null) {
                Map<String, String> value = new LinkedHashMap<>();
                value.put("dataElement", dataElement);
                value.put("period", period);
                value.put("orgUnit", orgUnit);
                value.put("value", cell instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                        : cell.toString());
                values.add(value);
            }
        }
    }
}
