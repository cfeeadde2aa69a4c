package vn.tiepdon.payment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.payment.desk.PaymentDesk;

/**
 * {@code POST /webhooks/transfer}: a bank-transfer notification in the generic format,
 * {@code {"reference","amount","content","time"}}, signed with {@code X-Signature: hex(HMAC-SHA256(secret, body))}.
 * The signature is checked on the raw bytes before anything is parsed.
 */
final class TransferWebhookHandler {

    static final String PATH = "/webhooks/transfer";
    private static final Logger LOG = LoggerFactory.getLogger(TransferWebhookHandler.class);

    private final byte[] secret;
    private final PaymentDesk desk;

    TransferWebhookHandler(PaymentApiSettings settings, PaymentDesk desk) {
        this.secret = settings.webhookSecret();
        this.desk = desk;
    }

    void handle(HttpExchange exchange) throws IOException, BadRequest {
        if (!Exchanges.isPostTo(exchange, PATH)) {
            return;
        }
        byte[] body = Exchanges.body(exchange);
        if (!Secrets.signatureMatches(exchange.getRequestHeaders().getFirst("X-Signature"), secret, body)) {
            Exchanges.refuseSender(exchange, LOG, "signature");
            return;
        }
        PaymentMatch match = desk.receive(notification(Exchanges.parse(body)));
        Exchanges.send(exchange, 200, Exchanges.JSON.createObjectNode().put("result", result(match)));
    }

    private TransferNotification notification(JsonNode body) throws BadRequest {
        String reference = Exchanges.reference(body.get("reference"))
                .orElseThrow(() -> new BadRequest("reference", "reference is required"));
        return new TransferNotification(reference, Exchanges.positiveDong(body, "amount"),
                Exchanges.optionalText(body, "content"), time(body.get("time")));
    }

    /** When the bank says the money arrived; now when the sender does not say. */
    private Instant time(JsonNode time) throws BadRequest {
        if (time == null || time.isNull()) {
            return desk.clock().instant();
        }
        try {
            return Instant.parse(time.asText());
        } catch (DateTimeParseException e) {
            throw new BadRequest("time", "time must be an ISO-8601 instant, e.g. 2026-11-25T03:00:42Z");
        }
    }

    static String result(PaymentMatch match) {
        return switch (match) {
            case PaymentMatch.Paid paid -> "PAID";
            case PaymentMatch.ShortPayment shortPayment -> "SHORT_PAYMENT";
            // Still a 200: the money is kept for the cashier, so the sender must stop retrying.
            case PaymentMatch.Late late -> "LATE";
            case PaymentMatch.Duplicate duplicate -> "DUPLICATE";
            case PaymentMatch.Unmatched unmatched -> "UNMATCHED";
        };
    }
}
