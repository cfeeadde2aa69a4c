package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import vn.tiepdon.indicators.KioskEvent;

/**
 * Appends counted events inside the caller's transaction. Every state change that is counted (a number taken, a
 * ticket printed or not, a registration, a payment order changed) calls this with the same connection, so the
 * change and its event are committed together or not at all: a power cut can never leave one without the other.
 *
 * <p>{@code events.id} is the kiosk's event sequence: AUTOINCREMENT never gives an id twice in one file, and a
 * restored file is moved above the last sequence known outside it.
 */
final class EventRows {

    private final ZoneId zone;

    EventRows(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    void append(Connection c, KioskEvent event) throws SQLException {
        append(c, List.of(event));
    }

    void append(Connection c, List<KioskEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO events (kiosk, at, day, hour, kind, subject, flag, amount_dong, millis)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (KioskEvent event : events) {
                LocalDateTime local = LocalDateTime.ofInstant(event.at(), zone);
                insert.setString(1, event.kioskId());
                insert.setString(2, StoredTimes.moment(StoredTimes.storable(
                        LocalDateTime.ofInstant(event.at(), ZoneOffset.UTC))));
                insert.setString(3, StoredTimes.day(local.toLocalDate()));
                insert.setInt(4, local.getHour());
                insert.setString(5, event.kind().name());
                insert.setString(6, event.subject());
                insert.setInt(7, event.flag());
                insert.setLong(8, event.amountDong());
                if (event.millis().isPresent()) {
                    insert.setLong(9, event.millis().getAsLong());
                } else {
                    insert.setNull(9, Types.INTEGER);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
