package vn.tiepdon.queue;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The record of every number issued. Issuing a number and recording it is one
 * transaction: a number is never issued twice, and never issued without a trace.
 */
public interface TicketLedger {

    /** Takes the next number of the service for the queue day {@code now} falls in, and records it as ISSUED. */
    IssuedTicket issue(Service service, LocalDateTime now);

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
}
