package vn.tiepdon.ticket;

import java.util.Optional;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.queue.Service;

/**
 * Issues a queue number and prints it: the one path used by the kiosk and by the
 * reception desk's {@code ticket issue} command.
 */
public interface TicketIssuer {

    /** Records the next number for the service, then prints it. Never throws for printer trouble. */
    IssueOutcome issue(Service service);

    /**
     * The same for a patient whose document was read: an issuer that keeps registrations records
     * it, and may give a priority number. Without a patient, or for an issuer that keeps none,
     * this is {@link #issue(Service)}.
     */
    default IssueOutcome issue(Service service, Optional<IdentityDocument> patient) {
        return issue(service);
    }

    /** Prints an already issued number again (after paper out, say). */
    IssueOutcome reprint(long ticketId);
}
