package vn.tiepdon.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.counts.CountedEvents;
import vn.tiepdon.identity.CitizenId;
import vn.tiepdon.identity.HealthInsuranceCard;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.registration.Registration;
import vn.tiepdon.registration.Registrations;

/**
 * Registrations and their hand-off to the hospital information system. The registration row (no
 * personal data) and the hand-off row (the document as read) are written in one transaction;
 * hand-off rows are deleted once older than the retention period.
 */
public final class SqliteRegistrations implements Registrations {

    private final KioskDatabase database;
    private final String kioskId;
    private final ZoneId zone;
    private final EventRows events;

    public SqliteRegistrations(KioskDatabase database, String kioskId, ZoneId zone) {
        this.database = Objects.requireNonNull(database, "database");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.events = new EventRows(zone);
    }

    /**
     * The registration, its hand-off row and its {@code REGISTRATION} event, in one transaction.
     *
     * @param handoff the document as read, for the HIS; empty for a ticket without a card
     */
    @Override
    public void record(Registration registration, Optional<IdentityDocument> handoff) {
        database.write(c -> {
            events.append(c, CountedEvents.registration(kioskId, registration.registeredAt().atZone(zone).toInstant(),
                    registration.document(), registration.priority()));
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO registrations (ticket_id, registered_at, service_code, document_kind, masked_number,
                                               age_years, sex, priority, name_unverified)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setLong(1, registration.ticketId());
                insert.setString(2, StoredTimes.moment(registration.registeredAt()));
                insert.setString(3, registration.serviceCode());
                insert.setString(4, registration.document().map(Enum::name).orElse(null));
                insert.setString(5, registration.maskedNumber());
                if (registration.ageYears().isPresent()) {
                    insert.setInt(6, registration.ageYears().get());
                } else {
                    insert.setNull(6, Types.INTEGER);
                }
                insert.setString(7, registration.sex().map(Enum::name).orElse(null));
                insert.setInt(8, registration.priority() ? 1 : 0);
                insert.setInt(9, registration.nameUnverified() ? 1 : 0);
                insert.executeUpdate();
            }
            if (handoff.isPresent()) {
                IdentityDocument d = handoff.get();
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO handoff (ticket_id, created_at, document_kind, document_number, full_name,
                                             date_of_birth, sex, name_unverified)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    insert.setLong(1, registration.ticketId());
                    insert.setString(2, StoredTimes.moment(registration.registeredAt()));
                    insert.setString(3, d.kind().name());
                    insert.setString(4, number(d));
                    insert.setString(5, d.fullName());
                    insert.setString(6, StoredTimes.day(d.dateOfBirth()));
                    insert.setString(7, d.sex().name());
                    insert.setInt(8, d.nameUnverified() ? 1 : 0);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Deletes hand-off rows older than {@code retention}: personal data is kept only as long as the
     * counter needs it to register the patient. Returns how many were deleted.
     */
    public int purgeHandoff(LocalDateTime now, Duration retention) {
        String cutoff = StoredTimes.moment(now.minus(retention));
        int purged = database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM handoff WHERE created_at < ?")) {
                delete.setString(1, cutoff);
                return delete.executeUpdate();
            }
        });
        if (purged > 0) {
            // secure_delete overwrites the rows in the file, but older frames of their pages stay in the WAL until
            // it wraps: copy it into the file and empty it now.
            database.checkpointAndEmptyWal();
        }
        return purged;
    }

    /** How many hand-off rows are held, for the staff overlay and tests. */
    public int handoffCount() {
        return database.read(c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM handoff");
                 ResultSet rows = count.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    private static String number(IdentityDocument document) {
        return switch (document) {
            case CitizenId id -> id.idNumber();
            case HealthInsuranceCard card -> card.cardNumber();
        };
    }
}
