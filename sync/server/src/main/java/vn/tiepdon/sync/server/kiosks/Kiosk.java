package vn.tiepdon.sync.server.kiosks;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An enrolled kiosk as the server knows it.
 *
 * @param lastSeen   when its last batch arrived (stored or unchanged), empty before the first
 * @param lastCursor the highest cursor it has sent
 */
public record Kiosk(String id, String facility, Instant createdAt, Optional<Instant> revokedAt,
                    Optional<Instant> lastSeen, OptionalLong lastCursor) {

    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
