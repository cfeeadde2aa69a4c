package vn.tiepdon.payment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.tiepdon.payment.InvalidPaymentRequest;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.desk.DeskRefusal;
import vn.tiepdon.payment.desk.PaymentDesk;

/** {@code POST /payments} makes an order and its VietQR payload; {@code GET /payments/{bill}} tells where it stands. */
final class PaymentsHandler {

    static final String PATH = "/payments";

    private final PaymentApiSettings settings;
    private final PaymentDesk desk;

    PaymentsHandler(PaymentApiSettings settings, PaymentDesk desk) {
        this.settings = settings;
        this.desk = desk;
    }

    void handle(HttpExchange exchange) throws IOException, BadRequest {
        if (!Secrets.authorizationMatches(exchange.getRequestHeaders().getFirst("Authorization"), "Bearer",
                settings.token())) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            Exchanges.error(exchange, 401, null, "missing or wrong token");
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (path.equals(PATH) && method.equals("POST")) {
            create(exchange);
        } else if (path.startsWith(PATH + "/") && method.equals("GET")) {
            show(exchange, URLDecoder.decode(path.substring(PATH.length() + 1), StandardCharsets.UTF_8));
        } else {
            Exchanges.error(exchange, path.equals(PATH) || path.startsWith(PATH + "/") ? 405 : 404, null,
                    "no such route");
        }
    }

    private void create(HttpExchange exchange) throws IOException, BadRequest {
        JsonNode body = Exchanges.parse(Exchanges.body(exchange));
        long amount = Exchanges.positiveDong(body, "amount");
        String bill = Exchanges.optionalText(body, "billNumber").trim();
        if (bill.isEmpty()) {
            throw new BadRequest("billNumber", "billNumber is required");
        }
        String purpose = Exchanges.optionalText(body, "purpose");
        TrackedOrder created;
        try {
            created = desk.request(amount, bill, purpose);
        } catch (InvalidPaymentRequest invalid) {
            throw new BadRequest(fieldName(invalid), invalid.getMessage());
        } catch (DeskRefusal refused) {
            // The order the bill already has comes with the refusal: the caller sees it was paid, and how.
            Optional<TrackedOrder> existing = desk.status(bill);
            ObjectNode conflict = existing.map(PaymentsHandler::reply).orElseGet(Exchanges.JSON::createObjectNode);
            conflict.put("error", refused.reason() == DeskRefusal.Reason.BILL_ALREADY_PAID
                    ? "this bill is paid already" : "this bill already has an open payment request");
            conflict.put("field", "billNumber");
            Exchanges.send(exchange, 409, conflict);
            return;
        }
        Exchanges.send(exchange, 201, reply(created));
    }

    private void show(HttpExchange exchange, String bill) throws IOException {
        Optional<TrackedOrder> stored = desk.status(bill);
        if (stored.isEmpty()) {
            Exchanges.error(exchange, 404, "billNumber", "no payment request for this bill");
            return;
        }
        Exchanges.send(exchange, 200, reply(stored.get()));
    }

    private static String fieldName(InvalidPaymentRequest invalid) {
        return switch (invalid.field()) {
            case AMOUNT -> "amount";
            case BILL_NUMBER -> "billNumber";
            case PURPOSE -> "purpose";
            // The bank settings are the hospital's configuration, not the caller's input.
            case BANK_BIN, ACCOUNT_NUMBER, MERCHANT_CATEGORY -> "configuration." + invalid.field().name();
        };
    }

    private static ObjectNode reply(TrackedOrder stored) {
        ObjectNode reply = Exchanges.JSON.createObjectNode();
        reply.put("billNumber", stored.order().billNumber());
        reply.put("amount", stored.order().amountDong());
        reply.put("payload", stored.payload());
        reply.put("status", stored.status().name());
        reply.put("expiresAt", stored.order().expiresAt().toString());
        stored.receivedDong().ifPresent(received -> reply.put("received", received));
        stored.paidMethod().ifPresent(method -> reply.put("paidBy", method.name()));
        return reply;
    }
}
