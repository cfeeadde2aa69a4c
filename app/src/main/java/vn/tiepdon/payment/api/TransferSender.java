package vn.tiepdon.payment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends a bank-transfer notification to a payment API in the generic format, signed the way
 * {@code POST /webhooks/transfer} checks it: the demo's "bank" ({@code tiepdon sim transfer}), and tests.
 */
public final class TransferSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final byte[] secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public TransferSender(InetSocketAddress api, byte[] webhookSecret) {
        Objects.requireNonNull(api, "api");
        this.endpoint = URI.create("http://" + hostForUri(api) + ":" + api.getPort() + TransferWebhookHandler.PATH);
        this.secret = webhookSecret.clone();
    }

    /**
     * What the API answered.
     *
     * @param result PAID, SHORT_PAYMENT, LATE, DUPLICATE or UNMATCHED for a 200; empty otherwise
     */
    public record Reply(int status, Optional<String> result) {
    }

    /** @throws IOException when the API cannot be reached */
    public Reply send(String reference, long amountDong, String content, Instant time)
            throws IOException, InterruptedException {
        return send(reference, amountDong, content, time, Optional.empty());
    }

    /**
     * @param senderAccount the account the money came from, as a bank reports it (the API masks it)
     * @throws IOException when the API cannot be reached
     */
    public Reply send(String reference, long amountDong, String content, Instant time, Optional<String> senderAccount)
            throws IOException, InterruptedException {
        ObjectNode notice = Exchanges.JSON.createObjectNode().put("reference", reference).put("amount", amountDong)
                .put("content", content).put("time", time.toString());
        senderAccount.ifPresent(account -> notice.put(TransferWebhookHandler.SENDER_ACCOUNT, account));
        byte[] body = Exchanges.JSON.writeValueAsBytes(notice);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Signature", signature(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Optional<String> result = Optional.empty();
        if (response.statusCode() == 200) {
            JsonNode reply = Exchanges.JSON.readTree(response.body());
            result = Optional.ofNullable(reply.get("result")).map(JsonNode::asText);
        }
        return new Reply(response.statusCode(), result);
    }

    /** hex(HMAC-SHA256(secret, body)), as {@code X-Signature} carries it. */
    public static String signature(byte[] secret, byte[] body) {
        return HexFormat.of().formatHex(Secrets.hmacSha256(secret, body));
    }

    private static String hostForUri(InetSocketAddress api) {
        String host = api.getAddress() != null ? api.getAddress().getHostAddress() : api.getHostString();
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
