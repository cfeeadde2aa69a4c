package vn.tiepdon.payment.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The checks on a caller: a secret in the {@code Authorization} header, or a body signature. All compare in constant
 * time, so that response timing does not reveal how much of a guess was right.
 */
final class Secrets {

    private Secrets() {
    }

    /** Whether an {@code Authorization} header is exactly {@code scheme + " " + secret}, e.g. "Bearer abc". */
    static boolean authorizationMatches(String header, String scheme, String secret) {
        String prefix = scheme + " ";
        if (header == null || !header.startsWith(prefix)) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(prefix.length()).getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code signatureHex} is hex(HMAC-SHA256(secret, body)); upper- or lower-case hex. */
    static boolean signatureMatches(String signatureHex, byte[] secret, byte[] body) {
        if (signatureHex == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHex.trim());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(given, hmacSha256(secret, body));
    }

    static byte[] hmacSha256(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // Every JDK ships HmacSHA256; without it nothing can be verified, so stop loudly.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
