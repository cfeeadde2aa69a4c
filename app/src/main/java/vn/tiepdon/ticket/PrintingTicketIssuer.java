package vn.tiepdon.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.counts.PatientStart;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.print.PrinterStatusProbe;
import vn.tiepdon.print.PrinterTransport;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.Priority;
import vn.tiepdon.queue.TicketLedger;

/**
 * Records a number, then prints it, and records whether the paper came out, so no number is called
 * that nobody holds. Status is asked before printing (do not print into an empty printer) and after
 * (paper can run out mid-ticket). A one-way link cannot be asked: printing is attempted and trusted.
 */
public final class PrintingTicketIssuer implements TicketIssuer {

    private static final Logger LOG = LoggerFactory.getLogger(PrintingTicketIssuer.class);

    private final TicketLedger ledger;
    private final TicketPrinter printer;
    private final TicketLayout layout;
    private final Map<String, Service> services;
    private final Clock clock;
    private final PatientStart patientStart;

    /**
     * @param services the configured services, so a reprint after a restart can name its service
     */
    public PrintingTicketIssuer(TicketLedger ledger, PrinterTransport printer, TicketLayout layout,
                                Collection<Service> services, Clock clock,
                                PrinterStatusProbe probe, PatientStart patientStart) {
        this(ledger, new TicketPrinter(printer, probe), layout, services, clock, patientStart);
    }

    private PrintingTicketIssuer(TicketLedger ledger, TicketPrinter printer, TicketLayout layout,
                                 Collection<Service> services, Clock clock, PatientStart patientStart) {
        this.ledger = ledger;
        this.printer = printer;
        this.layout = layout;
        this.services = services.stream().collect(Collectors.toUnmodifiableMap(Service::code, Function.identity(),
                (a, b) -> a));
        this.clock = clock;
        this.patientStart = patientStart;
    }

    public PrintingTicketIssuer(TicketLedger ledger, PrinterTransport printer, TicketLayout layout,
                                Collection<Service> services, Clock clock,
                                PrinterStatusProbe probe) {
        this(ledger, printer, layout, services, clock, probe, PatientStart.AT_REQUEST);
    }

    public PrintingTicketIssuer(TicketLedger ledger, PrinterTransport printer, TicketLayout layout,
                                Collection<Service> services, Clock clock) {
        this(ledger, printer, layout, services, clock, PatientStart.AT_REQUEST);
    }

    /** @param patientStart when the patient began, for the scan-to-ticket time counted with the printed ticket */
    public PrintingTicketIssuer(TicketLedger ledger, PrinterTransport printer, TicketLayout layout,
                                Collection<Service> services, Clock clock,
                                PatientStart patientStart) {
        this(ledger, new TicketPrinter(printer), layout, services, clock, patientStart);
    }

    @Override
    public IssueOutcome issue(Service service) {
        return issue(service, Optional.empty(), PaymentMark.NONE);
    }

    /**
     * Numbers and prints, with the payment line and why the number is a priority one; both kept for reprints.
     * The patient is for issuers that register.
     */
    @Override
    public IssueOutcome issue(Service service, Optional<IdentityDocument> patient, PaymentMark payment,
                              Optional<Priority> priority) {
        Instant asked = clock.instant();
        IssuedTicket ticket = ledger.issue(service, LocalDateTime.ofInstant(asked, clock.getZone()),
                patientStart.of(patient.isPresent(), asked));
        TicketLedger.Notes notes = new TicketLedger.Notes(
                payment instanceof PaymentMark.None ? Optional.empty() : Optional.of(PaymentMark.note(payment)),
                priority.map(Priority::note));
        if (!notes.isEmpty()) {
            try {
                ledger.noteTicket(ticket.id(), notes);
            } catch (RuntimeException e) {
                // The ticket in hand says it; only a later reprint would lack the line.
                LOG.warn("Payment line and priority of ticket {} not kept for reprints", ticket.display(), e);
            }
        }
        return print(service, ticket, payment, priority, Optional.empty());
    }

    @Override
    public PrinterCheck printerCheck() {
        return printer.check();
    }

    /** @throws NoSuchElementException when the ledger has no ticket with that id (a caller's mistake, not the printer's) */
    @Override
    public IssueOutcome reprint(long ticketId) {
        return reprint(ticketId, PaymentMark.NONE);
    }

    /** @throws NoSuchElementException when the ledger has no ticket with that id */
    @Override
    public IssueOutcome reprint(long ticketId, PaymentMark payment) {
        IssuedTicket ticket = ledger.find(ticketId)
                .orElseThrow(() -> new NoSuchElementException("no ticket with id " + ticketId));
        // A service removed from the settings since: still reprint, under its code.
        Service service = services.getOrDefault(ticket.serviceCode(),
                new Service(ticket.serviceCode(), "", ticket.serviceCode(), ticket.serviceCode()));
        TicketLedger.Notes notes = ledger.ticketNotes(ticketId);
        // After a restart (or from the admin screen) the caller no longer knows the mark: the ledger does.
        PaymentMark mark = payment instanceof PaymentMark.None
                ? notes.payment().flatMap(PaymentMark::fromNote).orElse(payment) : payment;
        // The paper says it is a reprint, and when: a second paper with the same number is told from the first.
        Optional<Priority> priority = notes.priority().flatMap(Priority::fromNote);
        return print(service, ticket, mark, priority, Optional.of(java.time.LocalDateTime.now(clock)));
    }

    private IssueOutcome print(Service service, IssuedTicket ticket, PaymentMark payment, Optional<Priority> priority,
                               Optional<java.time.LocalDateTime> reprintedAt) {
        PrintProblem problem;
        try {
            problem = printer.print(layout.render(service, ticket, payment, priority, reprintedAt)).orElse(null);
        } catch (RuntimeException e) {
            // A layout fault must not leave the number in limbo: it is recorded as not printed, reprintable.
            LOG.error("Ticket {} ({}) could not be laid out", ticket.display(), ticket.serviceCode(), e);
            problem = PrintProblem.UNREACHABLE;
        }
        if (problem == null) {
            ledger.markPrinted(ticket.id());
            LOG.info("Ticket {} ({}) printed", ticket.display(), ticket.serviceCode());
        } else {
            ledger.markNotPrinted(ticket.id(), problem.name());
            LOG.warn("Ticket {} ({}) not printed: {} on {}", ticket.display(), ticket.serviceCode(), problem,
                    printer.describe());
        }
        return new IssueOutcome(ledger.find(ticket.id()).orElse(ticket), problem);
    }
}
