package vn.tiepdon.ticket;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.queue.Service;
import vn.tiepdon.queue.TicketLedger;

/** A ledger in memory for tests: numbers per service, one day, nobody ever served. */
final class InMemoryTicketLedger implements TicketLedger {

    private final Map<Long, IssuedTicket> tickets = new LinkedHashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private long nextId = 1230;

    @Override
    public synchronized IssuedTicket issue(Service service, LocalDateTime now) {
        int number = lastNumber.merge(service.code(), 1, Integer::sum);
        IssuedTicket ticket = new IssuedTicket(++nextId, service.code(), now.toLocalDate(), number,
                service.prefix() + String.format("%03d", number), now, number - 1, PrintState.ISSUED);
        tickets.put(ticket.id(), ticket);
        return ticket;
    }

    @Override
    public synchronized void markPrinted(long ticketId) {
        tickets.computeIfPresent(ticketId, (id, t) -> with(t, PrintState.PRINTED));
        reasons.remove(ticketId);
    }

    @Override
    public synchronized void markNotPrinted(long ticketId, String reason) {
        tickets.computeIfPresent(ticketId, (id, t) -> with(t, PrintState.NOT_PRINTED));
        reasons.put(ticketId, reason);
    }

    @Override
    public synchronized Optional<IssuedTicket> find(long ticketId) {
        return Optional.ofNullable(tickets.get(ticketId));
    }

    synchronized String reason(long ticketId) {
        return reasons.get(ticketId);
    }

    private static IssuedTicket with(IssuedTicket t, PrintState state) {
        return new IssuedTicket(t.id(), t.serviceCode(), t.serviceDay(), t.number(), t.display(), t.issuedAt(),
                t.waitingAhead(), state);
    }
}
