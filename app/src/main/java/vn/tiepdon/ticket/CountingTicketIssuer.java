package vn.tiepdon.ticket;

import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.counts.KioskCounts;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.Priority;

/**
 * Counts whether the printer works after every ticket and reprint, for its uptime. The number, the registration and
 * whether the ticket printed are counted by the stores in the transactions that record them, so they cannot be lost
 * between a state change and its count.
 */
public final class CountingTicketIssuer implements TicketIssuer {

    private static final String PRINTER = "printer";
    private static final Logger LOG = LoggerFactory.getLogger(CountingTicketIssuer.class);

    private final TicketIssuer issuer;
    private final KioskCounts counts;

    public CountingTicketIssuer(TicketIssuer issuer, KioskCounts counts) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.counts = Objects.requireNonNull(counts, "counts");
    }

    @Override
    public IssueOutcome issue(Service service) {
        return issue(service, Optional.empty());
    }

    @Override
    public IssueOutcome issue(Service service, Optional<IdentityDocument> patient) {
        return counted(issuer.issue(service, patient));
    }

    @Override
    public IssueOutcome issue(Service service, Optional<IdentityDocument> patient, PaymentMark payment,
                              Optional<Priority> priority) {
        return counted(issuer.issue(service, patient, payment, priority));
    }

    @Override
    public IssueOutcome reprint(long ticketId) {
        return reprintCounted(counted(issuer.reprint(ticketId)));
    }

    @Override
    public IssueOutcome reprint(long ticketId, PaymentMark payment) {
        return reprintCounted(counted(issuer.reprint(ticketId, payment)));
    }

    /** A check between patients counts too: an outage with nobody printing still shows in the printer's uptime. */
    @Override
    public PrinterCheck printerCheck() {
        PrinterCheck check = issuer.printerCheck();
        count(() -> counts.device(PRINTER, check.canPrint()), "the printer's state");
        return check;
    }

    /** Every reprint is counted as one, also of a ticket that had printed: a second paper with its number exists. */
    private IssueOutcome reprintCounted(IssueOutcome outcome) {
        if (outcome != null && outcome.ticket() != null) {
            count(() -> counts.reprinted(outcome.ticket().serviceCode(), outcome.printed()), "a reprint");
        }
        return outcome;
    }

    /** The number and its print outcome are counted by the ledger; here, whether the printer works. */
    private IssueOutcome counted(IssueOutcome outcome) {
        if (outcome != null && outcome.ticket() != null) {
            count(() -> counts.device(PRINTER, outcome.printed()), "the printer's state");
        }
        return outcome;
    }

    /** Counting must never cost a patient the ticket that is already in hand. */
    private static void count(Runnable counting, String what) {
        try {
            counting.run();
        } catch (RuntimeException e) {
            LOG.error("Could not count {}", what, e);
        }
    }
}
