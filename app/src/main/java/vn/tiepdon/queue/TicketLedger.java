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

    /** Keeps what the ticket says about paying, for reprints; a ledger that keeps none ignores it. */
    default void notePayment(long ticketId, String paymentLine) {
    }

    /** What {@link #notePayment} kept for the ticket. */
    default Optional<String> paymentNote(long ticketId) {
        return Optional.empty();
    }

    /** Keeps why the ticket is a priority one ("ELDER 75"), so a reprint prints it again; optional like payments. */
    default void notePriority(long ticketId, String priority) {
    }

    /** What {@link #notePriority} kept for the ticket. */
    default Optional<String> priorityNote(long ticketId) {
        return Optional.empty();
    }
}
