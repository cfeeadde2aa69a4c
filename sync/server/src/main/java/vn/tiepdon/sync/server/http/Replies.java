package vn.tiepdon.sync.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON answers. Never an exception's text or a stack trace. */
public final class Replies {

    /**
     * The kiosk's {@code tiepdon stats --format json} writer: Jackson's defaults, indented, so a script reading the
     * server's indicators reads the same text as the kiosk's (numbers spelled alike: 0.2963, 3929, null).
     */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Replies() {
    }

    public static void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(bytes(value));
    }

    public static void error(Context ctx, ApiError error) {
        json(ctx, error.status(), errorBody(error.code(), error.getMessage()));
    }

    public static Map<String, String> errorBody(String code, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return body;
    }

    /** {@code value} as the kiosk's CLI writes JSON, with its closing line break. */
    public static byte[] bytes(Object value) {
        try {
            return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // Trees of strings, numbers and nulls always serialise; failing here is a bug, answered as a 500.
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }
}
