package vn.tiepdon.payment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.slf4j.Logger;

/** Reading bodies and writing JSON replies. Replies never carry an exception's text or stack trace. */
final class Exchanges {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A request body larger than any real payment request or notification: refused unread. */
    private static final int MAX_BODY = 64 * 1024;

    private Exchanges() {
    }

    static byte[] body(HttpExchange exchange) throws IOException, BadRequest {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new BadRequest(null, "body too large");
            }
            return body;
        }
    }

    static JsonNode parse(byte[] body) throws BadRequest {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new BadRequest(null, "body must be a JSON object");
            }
            return node;
        } catch (IOException malformed) {
            throw new BadRequest(null, "body is not valid JSON");
        }
    }

    static void error(HttpExchange exchange, int status, String field, String message) throws IOException {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("error", message);
        if (field != null) {
            reply.put("field", field);
        }
        send(exchange, status, reply);
    }

    static void send(HttpExchange exchange, int status, JsonNode reply) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(reply);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A required amount in whole đồng: a JSON integer above zero (not 1.5, not "150000"). */
    static long positiveDong(JsonNode body, String field) throws BadRequest {
        JsonNode amount = body.get(field);
        if (amount == null || !amount.isIntegralNumber() || !amount.canConvertToLong() || amount.asLong() <= 0) {
            throw new BadRequest(field, field + " must be a positive whole number of dong");
        }
        return amount.asLong();
    }

    /** Optional text; empty when absent or null. */
    static String optionalText(JsonNode body, String field) throws BadRequest {
        JsonNode text = body.get(field);
        if (text == null || text.isNull()) {
            return "";
        }
        if (!text.isTextual()) {
            throw new BadRequest(field, field + " must be text");
        }
        return text.asText();
    }

    /** Whether this is a POST to exactly {@code path}; if not, the 405 is already sent. */
    static boolean isPostTo(HttpExchange exchange, String path) throws IOException {
        if (exchange.getRequestURI().getRawPath().equals(path) && exchange.getRequestMethod().equals("POST")) {
            return true;
        }
        error(exchange, 405, null, "POST " + path + " only");
        return false;
    }

    /**
     * A 401 for a notification sender without the right credential, and a WARN naming only its address:
     * the body may be forged or carry transfer contents, so none of it is logged.
     */
    static void refuseSender(HttpExchange exchange, Logger log, String credential) throws IOException {
        log.warn("{} refused: missing or wrong {}, from {}", exchange.getRequestURI().getRawPath(), credential,
                exchange.getRemoteAddress().getAddress().getHostAddress());
        error(exchange, 401, null, "missing or wrong " + credential);
    }
}
