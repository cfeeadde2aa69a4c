package vn.tiepdon.ticket;

import vn.tiepdon.queue.Service;

/**
 * Issues a queue number and prints it: the one path used by the kiosk and by the
 * reception desk's {@code ticket issue} command.
 */
public interface TicketIssuer {

    /** Records the next number for the service, then prints it. Never throws for printer trouble. */
    IssueOutcome issue(Service service);

    /** Prints an already issued number again (after paper out, say). */
    IssueOutcome reprint(long ticketId);
}
