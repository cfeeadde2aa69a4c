package vn.tiepdon.sync.server.kiosks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import vn.tiepdon.sync.protocol.BatchRejected;
import vn.tiepdon.sync.protocol.Codes;
import vn.tiepdon.sync.protocol.SyncProtocol;
import vn.tiepdon.sync.server.store.ServerDatabase;

/** Enrolled kiosks and their tokens: enrol, give a new token, revoke, list, and find the kiosk a token belongs to. */
public final class KioskRegistry {

    /** Why an enrolment was refused. */
    public static final class EnrolmentRefused extends RuntimeException {
        public enum Reason { ALREADY_ENROLLED, NOT_ENROLLED, BAD_CODE }

        private final Reason reason;

        EnrolmentRefused(Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private static final String COLUMNS = "kiosk_id, facility, created_at, revoked_at, last_seen, last_cursor";

    private final ServerDatabase database;

    public KioskRegistry(ServerDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Enrols a kiosk and returns its token, the only time it exists outside the kiosk. With {@code newToken}, an
     * enrolled kiosk gets a fresh token (the old one stops working, a revoked kiosk works again) and keeps its totals.
     *
     * @throws EnrolmentRefused when the kiosk is already enrolled and {@code newToken} is false, or a code is not one
     */
    public String enrol(String facility, String kioskId, boolean newToken) {
        requireCode("kiosk", kioskId, SyncProtocol.MAX_KIOSK_ID);
        requireCode("facility", facility, SyncProtocol.MAX_FACILITY);
        String token = KioskTokens.newToken();
        String hash = KioskTokens.hash(token);
        long now = System.currentTimeMillis();
        database.write(c -> {
            Optional<Kiosk> existing = find(c, kioskId);
            if (existing.isPresent() && !newToken) {
                throw new EnrolmentRefused(EnrolmentRefused.Reason.ALREADY_ENROLLED,
                        "kiosk " + kioskId + " is already enrolled");
            }
            if (existing.isPresent()) {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE kiosks SET facility = ?, token_hash = ?, revoked_at = NULL WHERE kiosk_id = ?")) {
                    update.setString(1, facility);
                    update.setString(2, hash);
                    update.setString(3, kioskId);
                    update.executeUpdate();
                }
            } else {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO kiosks (kiosk_id, facility, token_hash, created_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, kioskId);
                    insert.setString(2, facility);
                    insert.setString(3, hash);
                    insert.setLong(4, now);
                    insert.executeUpdate();
                }
            }
            return null;
        });
        return token;
    }

    private static void requireCode(String field, String text, int maxLength) {
        try {
            Codes.require(field, text, maxLength, false);
        } catch (BatchRejected e) {
            throw new EnrolmentRefused(EnrolmentRefused.Reason.BAD_CODE, e.getMessage());
        }
    }

    /**
     * Stops the kiosk's token from working at once. Its totals stay.
     *
     * @throws EnrolmentRefused when no such kiosk is enrolled
     */
    public void revoke(String kioskId) {
        long now = System.currentTimeMillis();
        boolean enrolled = database.write(c -> {
            if (find(c, kioskId).isEmpty()) {
                return false;
            }
            // Revoking twice keeps the first time.
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE kiosks SET revoked_at = ? WHERE kiosk_id = ? AND revoked_at IS NULL")) {
                update.setLong(1, now);
                update.setString(2, kioskId);
                update.executeUpdate();
            }
            return true;
        });
        if (!enrolled) {
            throw new EnrolmentRefused(EnrolmentRefused.Reason.NOT_ENROLLED, "kiosk " + kioskId + " is not enrolled");
        }
    }

    /** Every enrolled kiosk, revoked ones included, by facility then id. */
    public List<Kiosk> list() {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM kiosks ORDER BY facility, kiosk_id");
                 ResultSet rows = query.executeQuery()) {
                List<Kiosk> kiosks = new ArrayList<>();
                while (rows.next()) {
                    kiosks.add(kiosk(rows));
                }
                return kiosks;
            }
        });
    }

    /** The kiosk a token belongs to, revoked or not; empty for a token no kiosk has. */
    public Optional<Kiosk> byToken(String token) {
        if (!KioskTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        String hash = KioskTokens.hash(token);
        return database.readOne(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT " + COLUMNS + ", token_hash FROM kiosks WHERE token_hash = ?")) {
                query.setString(1, hash);
                try (ResultSet rows = query.executeQuery()) {
                    // The index found the row; the constant-time comparison is the check that counts.
                    if (rows.next() && KioskTokens.sameHash(rows.getString(7), hash)) {
                        return Optional.of(kiosk(rows));
                    }
                    return Optional.empty();
                }
            }
        });
    }

    private static Optional<Kiosk> find(Connection c, String kioskId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM kiosks WHERE kiosk_id = ?")) {
            query.setString(1, kioskId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(kiosk(rows)) : Optional.empty();
            }
        }
    }

    private static Kiosk kiosk(ResultSet rows) throws SQLException {
        return new Kiosk(rows.getString(1), rows.getString(2), Instant.ofEpochMilli(rows.getLong(3)),
                instant(rows, 4), instant(rows, 5), optionalLong(rows, 6));
    }

    private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static OptionalLong optionalLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
