package vn.tiepdon.payment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.slf4j.Logger;
import vn.tiepdon.payment.MaskedAccount;

/** Reading bodies and writing JSON replies. Replies never carry an exception's text or stack trace. */
final class Exchanges {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A request body larger than any real payment request or notification: refused unread (413). */
    static final int MAX_BODY = 64 * 1024;

    /** The largest amount a VietQR code carries (field 54, 13 characters). */
    static final long MAX_DONG = 9_999_999_999_999L;

    /** Longer than any bank's or SePay's numeric id. */
    private static final int MAX_ID_DIGITS = 40;

    private Exchanges() {
    }

    /** The raw body: the server refuses one above {@link #MAX_BODY} before it is read. */
    static byte[] body(Context ctx) {
        return ctx.bodyAsBytes();
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

    static void error(Context ctx, int status, String field, String message) {
        send(ctx, status, errorBody(field, message));
    }

    static ObjectNode errorBody(String field, String message) {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("error", message);
        if (field != null) {
            reply.put("field", field);
        }
        return reply;
    }

    static void send(Context ctx, int status, JsonNode reply) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(reply);
        } catch (IOException e) {
            // A tree of strings and numbers always serialises; a failure here is a bug, answered as a 500.
            throw new IllegalStateException("reply could not be written as JSON", e);
        }
        ctx.status(status).contentType("application/json; charset=utf-8").result(bytes);
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
     * An optional account number, masked at once so the full number goes no further than this parse: text (a JSON
     * number would lose an account's leading zeros) of 6 to 19 letters or digits, spaces between groups allowed.
     *
     * @return empty when absent, null or blank
     */
    static Optional<MaskedAccount> optionalAccount(JsonNode body, String field) throws BadRequest {
        String text = optionalText(body, field);
        if (text.isBlank()) {
            return Optional.empty();
        }
        // The value is not repeated in the answer: it is someone's account number.
        return Optional.of(MaskedAccount.of(text).orElseThrow(
                () -> new BadRequest(field, field + " must be text of 6 to 19 letters or digits")));
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

    /**
     * A 401 for a notification sender without the right credential, and a WARN naming only its address:
     * the body may be forged or carry transfer contents, so none of it is logged.
     */
    static void refuseSender(Context ctx, Logger log, String credential) {
        log.warn("{} refused: missing or wrong {}, from {}", ctx.path(), credential, ctx.ip());
        error(ctx, 401, null, "missing or wrong " + credential);
    }
}
