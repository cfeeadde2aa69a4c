package vn.tiepdon.admin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The admin screen's PIN, stored only as a slow hash: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64). PBKDF2
 * with HMAC-SHA256 is in every JDK, so no library is needed; the iteration count makes each guess cost a
 * noticeable fraction of a second, and {@link PinLockout} limits guesses at the screen.
 */
public final class AdminPin {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second on a low-spec kiosk PC. */
    public static final int ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private AdminPin(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** A PIN is 4 to 12 digits: typed on a touch keypad, remembered by IT. */
    public static boolean acceptable(String pin) {
        return pin != null && pin.matches("[0-9]{4,12}");
    }

    public static AdminPin create(String pin) {
        return create(pin, ITERATIONS);
    }

    static AdminPin create(String pin, int iterations) {
        if (!acceptable(pin)) {
            throw new IllegalArgumentException("a PIN is 4 to 12 digits");
        }
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new AdminPin(iterations, salt, derive(pin, salt, iterations));
    }

    /** Reads the stored form; {@link IllegalArgumentException} names what is wrong, never the hash. */
    public static AdminPin parse(String stored) {
        Objects.requireNonNull(stored, "stored");
        String[] parts = stored.strip().split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a " + SCHEME + " PIN hash (make one with: tiepdon admin pin)");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 100_000) {
                throw new IllegalArgumentException("a PIN hash needs at least 100000 iterations");
            }
            return new AdminPin(iterations, Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the PIN hash's iteration count is not a number");
        }
    }

    public boolean matches(String pin) {
        if (pin == null || !acceptable(pin)) {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    /** The form kept in the settings file. */
    public String stored() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return "AdminPin[" + SCHEME + ", " + iterations + " iterations]";
    }
}
