package vn.tiepdon.kiosk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.queue.Service;
import vn.tiepdon.ticket.IssueOutcome;
import vn.tiepdon.ticket.PaymentMark;
import vn.tiepdon.ticket.PrintProblem;
import vn.tiepdon.ticket.TicketIssuer;

/**
 * Numbers tickets per service like the real ledger would, and prints or fails as the test
 * scripts it: queue the problems the next print attempts will meet.
 */
public final class FakeTicketIssuer implements TicketIssuer {

    private final Deque<Optional<PrintProblem>> nextProblems = new ArrayDeque<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private final Map<Long, IssuedTicket> tickets = new HashMap<>();
    private final List<Long> reprinted = new ArrayList<>();
    private final Map<Long, PaymentMark> printedMarks = new HashMap<>();
    private final Map<Long, Optional<IdentityDocument>> patients = new HashMap<>();
    private final Map<Long, Optional<vn.tiepdon.registration.Priority>> priorities = new HashMap<>();
    private int waitingAhead;
    private RuntimeException failure;
    private long nextId = 100;

    /** The next print attempt meets this problem; {@code null} prints fine. */
    public synchronized FakeTicketIssuer thenProblem(PrintProblem problem) {
        nextProblems.add(Optional.ofNullable(problem));
        return this;
    }

    public synchronized void startNumbersAt(String serviceCode, int lastIssued, int waiting) {
        lastNumber.put(serviceCode, lastIssued);
        waitingAhead = waiting;
    }

    /** Issuing throws, as a broken database would. */
    public synchronized void failWith(RuntimeException e) {
        failure = e;
    }

    @Override
    public synchronized IssueOutcome issue(Service service) {
        if (failure != null) {
            throw failure;
        }
        int number = lastNumber.merge(service.code(), 1, Integer::sum);
        IssuedTicket ticket = new IssuedTicket(nextId++, service.code(), LocalDate.of(2026, 11, 25), number,
                service.prefix() + String.format("%03d", number), LocalDateTime.of(2026, 11, 25, 7, 30),
                waitingAhead, PrintState.ISSUED);
        tickets.put(ticket.id(), ticket);
        return print(ticket);
    }

    @Override
    public synchronized IssueOutcome issue(Service service, Optional<IdentityDocument> patient, PaymentMark payment) {
        IssueOutcome outcome = issue(service);
        printedMarks.put(outcome.ticket().id(), payment);
        patients.put(outcome.ticket().id(), patient);
        return outcome;
    }

    @Override
    public synchronized IssueOutcome reprint(long ticketId, PaymentMark payment) {
        printedMarks.put(ticketId, payment);
        return reprint(ticketId);
    }

    @Override
    public synchronized IssueOutcome issue(Service service, Optional<IdentityDocument> patient, PaymentMark payment,
                                           Optional<vn.tiepdon.registration.Priority> priority) {
        IssueOutcome outcome = issue(service, patient, payment);
        priorities.put(outcome.ticket().id(), priority);
        return outcome;
    }

    private volatile vn.tiepdon.ticket.PrinterCheck printerAnswer = vn.tiepdon.ticket.PrinterCheck.READY;

    /** What the printer says from now on when asked between patients. */
    public void printerAnswers(vn.tiepdon.ticket.PrinterCheck answer) {
        printerAnswer = answer;
    }

    @Override
    public vn.tiepdon.ticket.PrinterCheck printerCheck() {
        return printerAnswer;
    }

    /** Why the ticket was a priority one, as the flow asked; empty when not. */
    public synchronized Optional<vn.tiepdon.registration.Priority> priorityOf(long ticketId) {
        return priorities.getOrDefault(ticketId, Optional.empty());
    }

    /** The payment line the ticket was last printed with; NONE when issued without one. */
    public synchronized PaymentMark markOf(long ticketId) {
        return printedMarks.getOrDefault(ticketId, PaymentMark.NONE);
    }

    public synchronized Optional<IdentityDocument> patientOf(long ticketId) {
        return patients.getOrDefault(ticketId, Optional.empty());
    }

    @Override
    public synchronized IssueOutcome reprint(long ticketId) {
        reprinted.add(ticketId);
        IssuedTicket ticket = tickets.get(ticketId);
        if (ticket == null) {
            throw new IllegalArgumentException("No ticket " + ticketId);
        }
        return print(ticket);
    }

    public synchronized List<Long> reprinted() {
        return List.copyOf(reprinted);
    }

    public synchronized int issuedCount() {
        return tickets.size();
    }

    private IssueOutcome print(IssuedTicket ticket) {
        PrintProblem problem = nextProblems.isEmpty() ? null : nextProblems.poll().orElse(null);
        return new IssueOutcome(ticket, problem);
    }
}
