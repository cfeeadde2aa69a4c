package vn.tiepdon.kiosk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.admin.Dashboard;
import vn.tiepdon.admin.PinLockout;
import vn.tiepdon.admin.QuickPins;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.ticket.IssueOutcome;

/** An admin side with a PIN, a set dashboard and tickets, and a record of what the screen asked for. */
public final class FakeAdminAccess implements AdminAccess {

    public static final String PIN = "2468";

    private final Optional<PinLockout> lockout;
    private Dashboard dashboard = AdminAccess.emptyDashboard(LocalDate.now());
    private List<IssuedTicket> tickets = List.of();
    private final List<Long> reprinted = new ArrayList<>();
    private int quits;

    public FakeAdminAccess(Clock clock) {
        this(Optional.of(new PinLockout(QuickPins.of(PIN), clock)));
    }

    private FakeAdminAccess(Optional<PinLockout> lockout) {
        this.lockout = lockout;
    }

    /** A kiosk whose settings have no admin PIN. */
    public static FakeAdminAccess withoutPin() {
        return new FakeAdminAccess(Optional.empty());
    }

    public synchronized FakeAdminAccess showing(Dashboard shown, List<IssuedTicket> today) {
        this.dashboard = shown;
        this.tickets = List.copyOf(today);
        return this;
    }

    @Override
    public Optional<PinLockout> lockout() {
        return lockout;
    }

    @Override
    public synchronized Dashboard dashboard() {
        return dashboard;
    }

    @Override
    public synchronized List<IssuedTicket> todaysTickets() {
        return tickets;
    }

    /** Prints, and from then on the ticket shows as printed. */
    @Override
    public synchronized IssueOutcome reprint(long ticketId) {
        reprinted.add(ticketId);
        IssuedTicket ticket = tickets.stream().filter(t -> t.id() == ticketId).findFirst().orElseThrow();
        IssuedTicket printed = new IssuedTicket(ticket.id(), ticket.serviceCode(), ticket.serviceDay(),
                ticket.number(), ticket.display(), ticket.issuedAt(), ticket.waitingAhead(), PrintState.PRINTED);
        tickets = tickets.stream().map(t -> t.id() == ticketId ? printed : t).toList();
        return new IssueOutcome(printed, null);
    }

    @Override
    public synchronized void quitKioskMode() {
        quits++;
    }

    public synchronized List<Long> reprinted() {
        return List.copyOf(reprinted);
    }

    public synchronized int quits() {
        return quits;
    }
}
