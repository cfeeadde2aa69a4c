package vn.tiepdon.sync.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/v1/openapi.json}: the API described by hand (every path, parameter and status), no login needed. */
public final class OpenApiHandler {

    public static final String PATH = "/api/v1/openapi.json";
    private static final byte[] DOCUMENT = load();

    private static byte[] load() {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void handle(Context ctx) {
        ctx.status(200).contentType("application/json; charset=utf-8").result(DOCUMENT);
    }
}
