package vn.tiepdon.sync.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import vn.tiepdon.sync.protocol.BatchRejected;
import vn.tiepdon.sync.protocol.Codes;
import vn.tiepdon.sync.server.http.ApiError;

/** Reading a report's query parameters; a bad one is refused with 400 naming it, never quoting it. */
public final class QueryParameters {

    /** Ten years of days: more is a mistake in a script, not a report. */
    static final long MAX_DAYS = 3660;

    private QueryParameters() {
    }

    public static LocalDate date(Context ctx, String name) throws ApiError {
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

    /** {@code from} no later than {@code to}, and a period a report can mean. */
    public static void requireOrder(LocalDate from, LocalDate to) throws ApiError {
        if (to.isBefore(from)) {
            throw ApiError.malformed("to is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiError.malformed("a period is at most " + MAX_DAYS + " days");
        }
    }

    /** An optional code (a facility, a kiosk), empty when absent. */
    public static Optional<String> code(Context ctx, String name, int maxLength) throws ApiError {
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
