package vn.tiepdon.sync.server.people;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tiepdon.sync.server.store.ServerDatabase;

/** The people who may read the indicators: their names, roles and password hashes. */
public final class Users {

    /** The shortest password accepted: long enough that a slow hash makes guessing it hopeless. */
    public static final int MIN_PASSWORD = 10;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    /** Checked against when the name is unknown, so that answer takes as long as a wrong password. */
    private static final String UNKNOWN_USER_HASH = PasswordHashing.hash("no such user".toCharArray());

    /** Why a person could not be added. */
    public static final class UserRefused extends RuntimeException {
        public enum Reason { BAD_NAME, SHORT_PASSWORD, EXISTS }

        private final Reason reason;

        UserRefused(Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private final ServerDatabase database;
    // A script's HTTP Basic on every request: its password is hashed again every five minutes, not every request.
    private final RecentlyVerified recentlyVerified = new RecentlyVerified(java.time.Duration.ofMinutes(5));

    public Users(ServerDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Adds a person. The password is hashed before the database is touched and is never logged.
     *
     * @throws UserRefused for a name with spaces or a colon (HTTP Basic could not carry it), a password shorter
     *                     than {@link #MIN_PASSWORD}, or a name already taken
     */
    public void add(String name, Role role, char[] password) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UserRefused(UserRefused.Reason.BAD_NAME,
                    "a user name is 1–64 letters, digits or . _ @ - (no spaces, no colon)");
        }
        if (password.length < MIN_PASSWORD) {
            throw new UserRefused(UserRefused.Reason.SHORT_PASSWORD,
                    "a password has at least " + MIN_PASSWORD + " characters");
        }
        String hash = PasswordHashing.hash(password);
        long now = System.currentTimeMillis();
        database.write(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM users WHERE name = ?")) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        throw new UserRefused(UserRefused.Reason.EXISTS, "user " + name + " already exists");
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, role.code());
                insert.setString(3, hash);
                insert.setLong(4, now);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The person's role when the password is theirs; empty for an unknown name or a wrong password. */
    public Optional<Role> authenticate(String name, char[] password) {
        Optional<String[]> stored = database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT role, password_hash FROM users WHERE name = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(new String[] {rows.getString(1), rows.getString(2)})
                            : Optional.<String[]>empty();
                }
            }
        });
        if (stored.isEmpty()) {
            // Hash anyway: an unknown name then takes as long as a wrong password, and timing names no users.
            PasswordHashing.matches(password, UNKNOWN_USER_HASH);
            return Optional.empty();
        }
        String storedHash = stored.get()[1];
        long now = System.currentTimeMillis();
        if (recentlyVerified.contains(name, password, storedHash, now)) {
            return Optional.of(Role.parse(stored.get()[0]));
        }
        if (!PasswordHashing.matches(password, storedHash)) {
            return Optional.empty();
        }
        recentlyVerified.add(name, password, storedHash, now);
        return Optional.of(Role.parse(stored.get()[0]));
    }
}
