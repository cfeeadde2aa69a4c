package vn.tiepdon.payment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Optional;
import org.slf4j.Logger;

/** Reading bodies and writing JSON replies. Replies never carry an exception's text or stack trace. */
final class Exchanges {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A request body larger than any real payment request or notification: refused unread. */
    private static final int MAX_BODY = 64 * 1024;

    /** The largest amount a VietQR code carries (field 54, 13 characters). */
    static final long MAX_DONG = 9_999_999_999_999L;

    /** Longer than any bank's or SePay's numeric id. */
    private static final int MAX_ID_DIGITS = 40;

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

    /**
     * A required amount in whole đồng: a JSON integer above zero (not 1.5, not "150000"), and no more than a VietQR
     * code can ask for (13 digits), so that no transfer, nor the sum of a few, can overflow a total.
     */
    static long positiveDong(JsonNode body, String field) throws BadRequest {
        JsonNode amount = body.get(field);
        if (amount == null || !amount.isIntegralNumber() || !amount.canConvertToLong() || amount.asLong() <= 0) {
            throw new BadRequest(field, field + " must be a positive whole number of dong");
        }
        if (amount.asLong() > MAX_DONG) {
            throw new BadRequest(field, field + " must be at most " + MAX_DONG + " dong (a VietQR amount's limit)");
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

    /**
     * A bank reference as the sender means it: a JSON number is the number whatever its spelling ({@code 900920},
     * {@code 900920.0} and {@code 9.0092E5} are one reference), so a retry that re-serialised the id is still seen
     * as the same transfer. Text is kept as written: leading zeros and letters are part of a bank's reference.
     *
     * @return empty when absent, null, blank or not a single value
     */
    static Optional<String> reference(JsonNode value) {
        if (value == null || value.isNull() || !value.isValueNode()) {
            return Optional.empty();
        }
        String text = value.isNumber() ? numericText(value.asText()) : value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A numeric id given as text ("900920.0") read as the number it spells; other text as it is. */
    static String numericText(String text) {
        try {
            return number(new BigDecimal(text.strip()));
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    private static String number(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        // "1e999999999" is a short text but a billion digits written out: such an id stays as the sender wrote it.
        if (plain.precision() - plain.scale() > MAX_ID_DIGITS || plain.scale() > MAX_ID_DIGITS) {
            return number.toString();
        }
        return plain.scale() <= 0 ? plain.toBigIntegerExact().toString() : plain.toPlainString();
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
