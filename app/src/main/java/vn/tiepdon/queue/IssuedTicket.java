package vn.tiepdon.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A queue number that has been issued and recorded.
 *
 * @param id           the ledger's row id, used to reprint the same number
 * @param serviceDay   the queue day the number belongs to (days start at a configurable hour)
 * @param number       1, 2, 3 … within service and day
 * @param display      the number as printed and called, e.g. {@code A027}
 * @param waitingAhead tickets of the same service and day issued before this one and not yet served
 */
public record IssuedTicket(long id, String serviceCode, LocalDate serviceDay, int number, String display,
                           LocalDateTime issuedAt, int waitingAhead, PrintState printState) {
}
