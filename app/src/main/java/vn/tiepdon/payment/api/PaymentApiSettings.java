package vn.tiepdon.payment.api;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * How the local payment API is reached, and the secrets its callers prove themselves with. The account the
 * codes pay into is the desk's ({@link vn.tiepdon.payment.PaymentAccount}).
 *
 * @param address       the interface to listen on: loopback, or the hospital LAN's address, never 0.0.0.0 by default
 * @param token         what the hospital information system sends as {@code Authorization: Bearer …}
 * @param webhookSecret the key the notification sender signs each body with (HMAC-SHA256)
 * @param sepayApiKey   the key SePay sends as {@code Authorization: Apikey …}; empty leaves its route closed
 */
public record PaymentApiSettings(InetSocketAddress address, String token, byte[] webhookSecret,
                                 Optional<String> sepayApiKey) {

    public PaymentApiSettings {
        Objects.requireNonNull(address, "address");
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("the API token must be at least 16 characters");
        }
        if (webhookSecret == null || webhookSecret.length < 16) {
            throw new IllegalArgumentException("the webhook secret must be at least 16 bytes");
        }
        sepayApiKey = sepayApiKey == null ? Optional.empty() : sepayApiKey;
        if (sepayApiKey.isPresent() && sepayApiKey.get().length() < 16) {
            throw new IllegalArgumentException("the SePay API key must be at least 16 characters");
        }
        webhookSecret = webhookSecret.clone();
    }

    @Override
    public byte[] webhookSecret() {
        return webhookSecret.clone();
    }
}
