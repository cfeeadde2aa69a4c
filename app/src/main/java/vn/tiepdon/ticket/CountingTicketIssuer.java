package vn.tiepdon.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.counts.KioskCounts;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.PrioritySeries;

/**
 * Counts every number given: a registration (by document, priority or not), the ticket, and whether it came out of
 * the printer (with the time since the patient began, and the printer's state for its uptime). A number that could
 * not even be recorded is not counted: nothing was given.
 */
public final class CountingTicketIssuer implements TicketIssuer {

    private static final String PRINTER = "printer";
    private static final Logger LOG = LoggerFactory.getLogger(CountingTicketIssuer.class);

    private final TicketIssuer issuer;
    private final KioskCounts counts;
    private final Clock clock;

    public CountingTicketIssuer(TicketIssuer issuer, KioskCounts counts, Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.counts = Objects.requireNonNull(counts, "counts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IssueOutcome issue(Service service) {
        return issue(service, Optional.empty());
    }

    @Override
    public IssueOutcome issue(Service service, Optional<IdentityDocument> patient) {
        Instant asked = clock.instant();
        return counted(issuer.issue(service, patient), patient, asked);
    }

    @Override
    public IssueOutcome issue(Service service, Optional<IdentityDocument> patient, PaymentMark payment) {
        Instant asked = clock.instant();
        return counted(issuer.issue(service, patient, payment), patient, asked);
    }

    @Override
    public IssueOutcome reprint(long ticketId) {
        return reprinted(issuer.reprint(ticketId));
    }

    @Override
    public IssueOutcome reprint(long ticketId, PaymentMark payment) {
        return reprinted(issuer.reprint(ticketId, payment));
    }

    private IssueOutcome counted(IssueOutcome outcome, Optional<IdentityDocument> patient, Instant asked) {
        if (outcome == null || outcome.ticket() == null) {
            return outcome;
        }
        String series = outcome.ticket().serviceCode();
        Instant started = counts.patientStart(patient.isPresent(), asked);
        try {
            counts.ticketGiven(patient.map(IdentityDocument::kind), PrioritySeries.isPriority(series), series,
                    outcome.printed(), started);
            counts.device(PRINTER, outcome.printed());
        } catch (RuntimeException e) {
            // Counting must never cost a patient the ticket that is already in hand.
            LOG.error("Could not count a ticket", e);
        }
        return outcome;
    }

    /** A reprint is not a new number: it only says whether the printer works again. */
    private IssueOutcome reprinted(IssueOutcome outcome) {
        if (outcome != null && outcome.ticket() != null) {
            try {
                counts.device(PRINTER, outcome.printed());
            } catch (RuntimeException e) {
                LOG.error("Could not count a reprint", e);
            }
        }
        return outcome;
    }
}
