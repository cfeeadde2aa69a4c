package vn.tiepdon.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.identity.CitizenId;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.identity.Sex;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.Priority;
import vn.tiepdon.registration.PriorityRule;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteRegistrations;
import vn.tiepdon.store.SqliteTicketLedger;

class RegisteringTicketIssuerTest {

    private static final Service BHYT = new Service("KBHYT", "A", "Khám BHYT", "Health-insurance consultation");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 8, 0);
    private static final Clock CLOCK = Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @TempDir
    Path dataDir;

    private static Optional<IdentityDocument> bornOn(LocalDate birth) {
        return Optional.of(new CitizenId("001090123456", "", "Nguyễn Văn An", birth, Sex.MALE, "Hà Nội",
                LocalDate.of(2021, 4, 20)));
    }

    @Test
    void priorityPatientsTakeThePrioritySeriesAndEveryTicketIsRegistered() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, CLOCK, "K01");
            TicketIssuer printedAtOnce = new TicketIssuer() {
                @Override
                public IssueOutcome issue(Service service) {
                    return new IssueOutcome(ledger.issue(service, NOW), null);
                }

                @Override
                public IssueOutcome reprint(long ticketId) {
                    return new IssueOutcome(ledger.find(ticketId).orElseThrow(), null);
                }
            };
            SqliteRegistrations registrations = new SqliteRegistrations(database, "K01", java.time.ZoneId.systemDefault());
            RegisteringTicketIssuer issuer = new RegisteringTicketIssuer(printedAtOnce, registrations,
                    PriorityRule.LAW_2023, CLOCK);

            assertThat(issuer.issue(BHYT, bornOn(LocalDate.of(1990, 8, 15))).ticket().display()).isEqualTo("A001");
            assertThat(issuer.issue(BHYT, bornOn(LocalDate.of(1940, 1, 1))).ticket().display()).isEqualTo("UA001");
            assertThat(issuer.issue(BHYT, bornOn(LocalDate.of(2023, 6, 1))).ticket().display()).isEqualTo("UA002");
            assertThat(issuer.issue(BHYT, Optional.empty()).ticket().display()).isEqualTo("A002");
            assertThat(issuer.issue(BHYT).ticket().display()).isEqualTo("A003");

            assertThat(registrations.handoffCount()).as("one hand-off per document read").isEqualTo(3);
            int priorityRows = database.read(c -> {
                try (var rows = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM registrations WHERE priority = 1 AND service_code = 'KBHYT'")) {
                    return rows.next() ? rows.getInt(1) : -1;
                }
            });
            assertThat(priorityRows).isEqualTo(2);
        }
    }

    @Test
    void aPriorityAskedForWithoutACardTakesThePrioritySeriesAndTheReasonReachesThePrinter() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, CLOCK, "K01");
            java.util.List<Optional<Priority>> printedWith = new java.util.ArrayList<>();
            TicketIssuer printer = new TicketIssuer() {
                @Override
                public IssueOutcome issue(Service service) {
                    return new IssueOutcome(ledger.issue(service, NOW), null);
                }

                @Override
                public IssueOutcome issue(Service service, Optional<IdentityDocument> patient, PaymentMark payment,
                                          Optional<Priority> priority) {
                    printedWith.add(priority);
                    return issue(service);
                }

                @Override
                public IssueOutcome reprint(long ticketId) {
                    return new IssueOutcome(ledger.find(ticketId).orElseThrow(), null);
                }
            };
            SqliteRegistrations registrations = new SqliteRegistrations(database, "K01", ZoneId.systemDefault());
            RegisteringTicketIssuer issuer = new RegisteringTicketIssuer(printer, registrations,
                    PriorityRule.LAW_2023, CLOCK);

            assertThat(issuer.issue(BHYT, Optional.empty(), PaymentMark.NONE, Optional.of(Priority.DECLARED))
                    .ticket().display()).isEqualTo("UA001");
            assertThat(issuer.issue(BHYT, bornOn(LocalDate.of(1940, 1, 1)), PaymentMark.NONE, Optional.empty())
                    .ticket().display()).isEqualTo("UA002");
            assertThat(issuer.issue(BHYT, Optional.empty(), PaymentMark.NONE, Optional.empty())
                    .ticket().display()).isEqualTo("A001");

            assertThat(printedWith).containsExactly(Optional.of(Priority.DECLARED),
                    Optional.of(new Priority(Priority.Reason.ELDER, 75)), Optional.empty());
            int priorityRows = database.read(c -> {
                try (var rows = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM registrations WHERE priority = 1")) {
                    return rows.next() ? rows.getInt(1) : -1;
                }
            });
            assertThat(priorityRows).as("the declared one counts as a priority registration").isEqualTo(2);
        }
    }
}
