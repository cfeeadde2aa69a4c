package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.identity.CitizenId;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.identity.Sex;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.PriorityRule;
import vn.tiepdon.registration.Registration;

class SqliteRegistrationsTest {

    private static final Service SERVICE = new Service("KDV", "B", "Khám dịch vụ", "Paid consultation");
    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 25, 7, 45);
    /** Fake person, from the reference's samples. */
    private static final CitizenId BINH = new CitizenId("079305001234", "", "Trần Thị Bình", LocalDate.of(2005, 3, 2),
            Sex.FEMALE, "Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh", LocalDate.of(2022, 5, 10));

    @TempDir
    Path dataDir;

    @Test
    void aRegistrationKeepsCountsAndTheMaskedNumberWhileTheHandOffKeepsTheDocument() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            IssuedTicket ticket = new SqliteTicketLedger(database, 0, Clock.systemDefaultZone(), "K01").issue(SERVICE, MORNING);
            Optional<IdentityDocument> document = Optional.of(BINH);
            Registration registration = Registration.of(ticket.id(), MORNING, SERVICE.code(), document,
                    PriorityRule.LAW_2023);

            new SqliteRegistrations(database, "K01", java.time.ZoneId.systemDefault()).record(registration, document);

            assertThat(registration.document()).contains(DocumentKind.CITIZEN_ID);
            assertThat(registration.maskedNumber()).isEqualTo("0793******34");
            assertThat(registration.ageYears()).contains(21);
            assertThat(registration.priority()).isFalse();
            List<String> statistics = allText(database, "registrations", "tickets", "events");
            assertThat(statistics).contains("0793******34", "CITIZEN_ID", "FEMALE")
                    .noneMatch(v -> v.contains("079305001234") || v.contains("Bình") || v.contains("Trần"));
            assertThat(allText(database, "handoff")).contains("079305001234", "Trần Thị Bình", "2005-03-02");
        }
    }

    @Test
    void handOffDataIsPurgedAfterTheRetentionPeriod() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, Clock.systemDefaultZone(), "K01");
            SqliteRegistrations registrations = new SqliteRegistrations(database, "K01", java.time.ZoneId.systemDefault());
            for (LocalDateTime at : List.of(MORNING.minusDays(2), MORNING.minusHours(25), MORNING.minusHours(2))) {
                IssuedTicket ticket = ledger.issue(SERVICE, at);
                registrations.record(Registration.of(ticket.id(), at, SERVICE.code(), Optional.of(BINH),
                        PriorityRule.LAW_2023), Optional.of(BINH));
            }

            assertThat(registrations.purgeHandoff(MORNING, Duration.ofDays(1))).isEqualTo(2);
            assertThat(registrations.handoffCount()).isEqualTo(1);
            assertThat(allText(database, "registrations")).as("statistics stay").hasSizeGreaterThanOrEqualTo(3 * 5);
        }
    }

    @Test
    void aTicketWithoutACardHasNoHandOff() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            IssuedTicket ticket = new SqliteTicketLedger(database, 0, Clock.systemDefaultZone(), "K01").issue(SERVICE, MORNING);
            SqliteRegistrations registrations = new SqliteRegistrations(database, "K01", java.time.ZoneId.systemDefault());

            registrations.record(Registration.of(ticket.id(), MORNING, SERVICE.code(), Optional.empty(),
                    PriorityRule.LAW_2023), Optional.empty());

            assertThat(registrations.handoffCount()).isZero();
        }
    }

    /** Every non-null value of the given tables, as text. */
    private static List<String> allText(KioskDatabase database, String... tables) {
        return database.read(c -> {
            List<String> values = new ArrayList<>();
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String value = rows.getString(i);
                            if (value != null) {
                                values.add(value);
                            }
                        }
                    }
                }
            }
            return values;
        });
    }
}
