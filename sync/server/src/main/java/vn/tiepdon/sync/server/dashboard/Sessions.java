package vn.tiepdon.sync.server.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.sync.server.people.Role;
import vn.tiepdon.sync.server.store.ServerDatabase;

/**
 * Dashboard sessions, kept in the database (not in memory) so that any of several server instances behind a load
 * balancer knows them. The cookie holds a random 256-bit id; the table holds only its SHA-256, so a copy of the
 * database opens no session.
 */
public final class Sessions {

    /** A session unused this long ends: a manager's afternoon, not a shared PC's week. */
    static final Duration IDLE = Duration.ofHours(8);

    private static final Duration EXTEND_EVERY = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerDatabase database;
    private final Clock clock;

    public Sessions(ServerDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new session; returns the id for the cookie (shown to nobody else, stored hashed). */
    public String open(String user, Role role) {
        String id = randomToken();
        String csrf = randomToken();
        long now = clock.millis();
        database.write(c -> {
            try (PreparedStatement purge = c.prepareStatement("DELETE FROM sessions WHERE expires_at < ?")) {
                purge.setLong(1, now);
                purge.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO sessions (id_hash, user_name, role, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, hash(id));
                insert.setString(2, user);
                insert.setString(3, role.code());
                insert.setString(4, csrf);
                insert.setLong(5, now);
                insert.setLong(6, now + IDLE.toMillis());
                insert.executeUpdate();
            }
            return null;
        });
        return id;
    }

    /** The session of a cookie's id, if it exists and has not expired; using it extends it. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        long now = clock.millis();
        String key = hash(id);
        long[] expires = new long[1];
        Optional<Session> found = database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT user_name, role, csrf, expires_at FROM sessions WHERE id_hash = ?")) {
                query.setString(1, key);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next() || rows.getLong(4) < now) {
                        return Optional.<Session>empty();
                    }
                    expires[0] = rows.getLong(4);
                    return Optional.of(new Session(rows.getString(1), Role.parse(rows.getString(2)), rows.getString(3)));
                }
            }
        });
        // A page asks for six tables at once: the session is extended once a minute, not written by every request.
        if (found.isPresent() && now + IDLE.toMillis() - expires[0] > EXTEND_EVERY.toMillis()) {
            database.write(c -> {
                try (PreparedStatement touch = c.prepareStatement("UPDATE sessions SET expires_at = ? WHERE id_hash = ?")) {
                    touch.setLong(1, now + IDLE.toMillis());
                    touch.setString(2, key);
                    return touch.executeUpdate();
                }
            });
        }
        return found;
    }

    public void close(String id) {
        if (id == null) {
            return;
        }
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM sessions WHERE id_hash = ?")) {
                delete.setString(1, hash(id));
                return delete.executeUpdate();
            }
        });
    }

    /** Ends every session of a person (after a password change or removal). */
    public void closeAll(String user) {
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM sessions WHERE user_name = ?")) {
                delete.setString(1, user);
                return delete.executeUpdate();
            }
        });
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Equal tokens, compared in constant time (a byte-by-byte early exit would tell an attacker how close a guess is). */
    static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
