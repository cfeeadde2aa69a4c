package vn.tiepdon.payment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
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

    /** Whether the caller sent the token; if not, the 401 is already set. */
    private boolean authorized(Context ctx) {
        if (Secrets.authorizationMatches(ctx.header("Authorization"), "Bearer", settings.token())) {
            return true;
        }
        ctx.header("WWW-Authenticate", "Bearer");
        Exchanges.error(ctx, 401, null, "missing or wrong token");
        return false;
    }

    void create(Context ctx) throws BadRequest {
        if (!authorized(ctx)) {
            return;
        }
        JsonNode body = Exchanges.parse(Exchanges.body(ctx));
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
            Exchanges.send(ctx, 409, conflict);
            return;
        }
        Exchanges.send(ctx, 201, reply(created));
    }

    void show(Context ctx) {
        if (!authorized(ctx)) {
            return;
        }
        Optional<TrackedOrder> stored = desk.status(ctx.pathParam("bill"));
        if (stored.isEmpty()) {
            Exchanges.error(ctx, 404, "billNumber", "no payment request for this bill");
            return;
        }
        Exchanges.send(ctx, 200, reply(stored.get()));
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
