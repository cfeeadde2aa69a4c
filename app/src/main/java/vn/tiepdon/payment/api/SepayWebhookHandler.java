package vn.tiepdon.payment.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.payment.desk.PaymentDesk;

/**
 * {@code POST /webhooks/sepay}: SePay's bank-transfer webhook, as documented at
 * https://developer.sepay.vn/en/sepay-webhooks/bat-dau-nhanh — a JSON body with {@code id, gateway,
 * transactionDate, accountNumber, code, content, transferType, transferAmount, accumulated, subAccount,
 * referenceCode}, authenticated by the header {@code Authorization: Apikey <key>}, answered with
 * {@code {"success": true}}. SePay links many Vietnamese banks' accounts without a bank API contract,
 * which is why small hospitals and shops use it.
 *
 * <p>SePay's own {@code id} is the duplicate key (SePay retries a delivery it thinks failed); {@code referenceCode} is
 * the bank's transaction reference, which the cashier quotes to the bank to refund money that came late. SePay does
 * not say which account the money came from ({@code accountNumber} is the hospital's own).
 * Outgoing transfers ({@code transferType} "out") are acknowledged and ignored. The receipt time is
 * taken from our clock: {@code transactionDate} carries no time zone.
 */
final class SepayWebhookHandler {

    static final String PATH = "/webhooks/sepay";
    private static final Logger LOG = LoggerFactory.getLogger(SepayWebhookHandler.class);

    private final String apiKey;
    private final PaymentDesk desk;

    SepayWebhookHandler(String apiKey, PaymentDesk desk) {
        this.apiKey = apiKey;
        this.desk = desk;
    }

    void handle(Context ctx) throws BadRequest {
        byte[] body = Exchanges.body(ctx);
        if (!Secrets.authorizationMatches(ctx.header("Authorization"), "Apikey", apiKey)) {
            Exchanges.refuseSender(ctx, LOG, "API key");
            return;
        }
        JsonNode notification = Exchanges.parse(body);
        String result;
        if ("out".equalsIgnoreCase(Exchanges.optionalText(notification, "transferType"))) {
            result = "IGNORED";
        } else {
            PaymentMatch match = desk.receive(transfer(notification));
            result = TransferWebhookHandler.result(match);
        }
        Exchanges.send(ctx, 200, Exchanges.JSON.createObjectNode().put("success", true).put("result", result));
    }

    private TransferNotification transfer(JsonNode body) throws BadRequest {
        // SePay's id is a number: "900920", 900920 and 900920.0 are the same transfer delivered again.
        String id = Exchanges.reference(body.get("id")).map(Exchanges::numericText)
                .orElseThrow(() -> new BadRequest("id", "id is required"));
        // Prefixed so a SePay id can never be taken for another sender's reference.
        return new TransferNotification("sepay:" + id, Exchanges.positiveDong(body, "transferAmount"),
                Exchanges.optionalText(body, "content"), desk.clock().instant(),
                // Only shown to the cashier: a missing or odd one never costs the hospital the payment.
                Exchanges.reference(body.get("referenceCode")).orElse(null), Optional.empty());
    }
}
