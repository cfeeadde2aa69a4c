package vn.tiepdon.sync.server.people;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords checked a moment ago, so that a script sending HTTP Basic with every request pays the deliberate
 * slowness of {@link PasswordHashing} (a tenth of a second) once every few minutes, not on every request.
 *
 * <p>Nothing here can be turned back into a password: an entry is an HMAC, under a key drawn at random when the
 * server starts and never stored, of the name, the password and the stored hash. A new password (a new stored hash)
 * therefore never matches an entry made for the old one. Lost on restart; each server instance keeps its own.
 */
final class RecentlyVerified {

    private static final int MAX_ENTRIES = 1_000;

    private final Duration keep;
    private final SecretKeySpec key;
    private final Map<String, Long> verifiedUntil = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RecentlyVerified(Duration keep) {
        this.keep = keep;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    synchronized boolean contains(String name, char[] password, String storedHash, long nowMillis) {
        String entry = entry(name, password, storedHash);
        Long until = verifiedUntil.get(entry);
        if (until != null && until < nowMillis) {
            verifiedUntil.remove(entry);
            return false;
        }
        return until != null;
    }

    synchronized void add(String name, char[] password, String storedHash, long nowMillis) {
        verifiedUntil.put(entry(name, password, storedHash), nowMillis + keep.toMillis());
    }

    private String entry(String name, char[] password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(storedHash.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
