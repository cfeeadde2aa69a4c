package vn.tiepdon.payment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.payment.desk.PaymentDesk;

/**
 * {@code POST /webhooks/transfer}: a bank-transfer notification in the generic format,
 * {@code {"reference","amount","content","time","senderAccount"}}, signed with
 * {@code X-Signature: hex(HMAC-SHA256(secret, body))}. The signature is checked on the raw bytes before anything is
 * parsed. {@code reference} is the bank's transaction reference; {@code senderAccount} (optional) the account the
 * money came from, which is masked on arrival and kept only masked, for refunding money that came late.
 */
final class TransferWebhookHandler {

    static final String PATH = "/webhooks/transfer";
    static final String SENDER_ACCOUNT = "senderAccount";
    /** How far the sender's time may be from ours: days of retries and clock drift, not years. */
    static final Duration MAX_SKEW = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(TransferWebhookHandler.class);

    private final byte[] secret;
    private final PaymentDesk desk;

    TransferWebhookHandler(PaymentApiSettings settings, PaymentDesk desk) {
        this.secret = settings.webhookSecret();
        this.desk = desk;
    }

    void handle(Context ctx) throws BadRequest {
        byte[] body = Exchanges.body(ctx);
        if (!Secrets.signatureMatches(ctx.header("X-Signature"), secret, body)) {
            Exchanges.refuseSender(ctx, LOG, "signature");
            return;
        }
        JsonNode parsed = Exchanges.parse(body);
        Instant now = desk.clock().instant();
        Instant sent = time(parsed.get("time"), now);
        boolean believable = !sent.isBefore(now.minus(MAX_SKEW)) && !sent.isAfter(now.plus(MAX_SKEW));
        if (!believable) {
            // Kept, not refused: the money is real even when the sender's clock is not, and a refusal is retried
            // for ever. The receive time keeps the day it is counted on, and the record of it, honest.
            LOG.warn("notification time {} is more than {} days from the receive time {}; the receive time is used",
                    sent, MAX_SKEW.toDays(), now);
        }
        PaymentMatch match = desk.receive(notification(parsed, believable ? sent : now));
        ObjectNode reply = Exchanges.JSON.createObjectNode().put("result", result(match));
        if (!believable) {
            reply.put("warning", "time is more than " + MAX_SKEW.toDays()
                    + " days from the receive time; the receive time was used");
        }
        Exchanges.send(ctx, 200, reply);
    }

    private TransferNotification notification(JsonNode body, Instant time) throws BadRequest {
        String reference = Exchanges.reference(body.get("reference"))
                .orElseThrow(() -> new BadRequest("reference", "reference is required"));
        return new TransferNotification(reference, Exchanges.positiveDong(body, "amount"),
                Exchanges.optionalText(body, "content"), time, reference,
                Exchanges.optionalAccount(body, SENDER_ACCOUNT));
    }

    /** When the bank says the money arrived; now when the sender does not say. */
    private static Instant time(JsonNode time, Instant now) throws BadRequest {
        if (time == null || time.isNull()) {
            return now;
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
