package vn.tiepdon.ticket;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.Priority;
import vn.tiepdon.registration.PriorityRule;
import vn.tiepdon.registration.PrioritySeries;
import vn.tiepdon.registration.Registration;
import vn.tiepdon.registration.Registrations;

/**
 * Turns a confirmed scan and a service choice into a ticket and a registration: patients the
 * priority rule covers take a number from the service's priority series, and every ticket is
 * recorded as a registration (with the hand-off data for the hospital information system when a
 * document was read).
 */
public final class RegisteringTicketIssuer implements TicketIssuer {

    private static final Logger LOG = LoggerFactory.getLogger(RegisteringTicketIssuer.class);

    private final TicketIssuer issuer;
    private final Registrations registrations;
    private final PriorityRule rule;
    private final Clock clock;

    public RegisteringTicketIssuer(TicketIssuer issuer, Registrations registrations, PriorityRule rule,
                                   Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IssueOutcome issue(Service service) {
        return issue(service, Optional.empty());
    }

    @Override
    public IssueOutcome issue(Service service, Optional<IdentityDocument> patient) {
        return issue(service, patient, PaymentMark.NONE);
    }

    /** A priority the caller gives (declared without a card) stands; else the rule reads the document. */
    @Override
    public IssueOutcome issue(Service service, Optional<IdentityDocument> patient, PaymentMark payment,
                              Optional<Priority> given) {
        Optional<Priority> priority = given.isPresent() ? given
                : patient.flatMap(p -> rule.reason(p.dateOfBirth(), LocalDate.now(clock)));
        IssueOutcome outcome = issuer.issue(priority.isPresent() ? PrioritySeries.of(service) : service, patient,
                payment, priority);
        try {
            registrations.record(Registration.of(outcome.ticket().id(), outcome.ticket().issuedAt(), service.code(),
                    patient, priority.isPresent()), patient);
        } catch (RuntimeException e) {
            // The patient holds their number either way; the missing registration is for IT to see.
            LOG.error("Registration of ticket {} ({}) not recorded", outcome.ticket().display(), service.code(), e);
        }
        return outcome;
    }

    @Override
    public IssueOutcome reprint(long ticketId) {
        return issuer.reprint(ticketId);
    }

    @Override
    public PrinterCheck printerCheck() {
        return issuer.printerCheck();
    }

    @Override
    public IssueOutcome reprint(long ticketId, PaymentMark payment) {
        return issuer.reprint(ticketId, payment);
    }
}
