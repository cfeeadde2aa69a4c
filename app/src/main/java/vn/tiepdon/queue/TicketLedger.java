package vn.tiepdon.queue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The record of every number issued. Issuing a number and recording it is one
 * transaction: a number is never issued twice, and never issued without a trace.
 */
public interface TicketLedger {

    /** Takes the next number of the service for the queue day {@code now} falls in, and records it as ISSUED. */
    IssuedTicket issue(Service service, LocalDateTime now);

    /**
     * The same, knowing when the patient began (the accepted scan, or choosing the service without a card), so the
     * time from there to the printed ticket can be counted; a ledger that counts nothing ignores it.
     */
    default IssuedTicket issue(Service service, LocalDateTime now, Instant patientStarted) {
        return issue(service, now);
    }

    void markPrinted(long ticketId);

    void markNotPrinted(long ticketId, String reason);

    Optional<IssuedTicket> find(long ticketId);

    /**
     * Keeps what the ticket says about paying and why it is a priority one ("ELDER 75"), so a reprint prints them
     * again; an absent note leaves what is kept. A ledger that keeps none ignores it.
     */
    default void noteTicket(long ticketId, Notes notes) {
    }

    /** What {@link #noteTicket} kept for the ticket. */
    default Notes ticketNotes(long ticketId) {
        return Notes.NONE;
    }

    /** The payment line and the priority of a ticket, each absent when the ticket has none. */
    record Notes(Optional<String> payment, Optional<String> priority) {

        public static final Notes NONE = new Notes(Optional.empty(), Optional.empty());

        public boolean isEmpty() {
            return payment.isEmpty() && priority.isEmpty();
        }
    }
}
