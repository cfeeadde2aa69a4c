package vn.tiepdon.kiosk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.admin.Dashboard;
import vn.tiepdon.admin.DeviceHealth;
import vn.tiepdon.admin.PinLockout;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.ticket.IssueOutcome;

/**
 * What the kiosk's admin screen may read and do, assembled by the CLI from the kiosk's parts. Everything but
 * {@link #lockout()} may touch the database or the printer: call it off the JavaFX thread.
 */
public interface AdminAccess {

    /** Guards the admin screen; empty when no PIN is set, and then the admin screen stays closed. */
    Optional<PinLockout> lockout();

    /** Today's and this week's figures and the devices, read now. The scanner's state is not known here. */
    Dashboard dashboard();

    /** Today's tickets, as recorded: numbers, services, times and print states, never who holds them. */
    List<IssuedTicket> todaysTickets();

    /** Prints a ticket again with its recorded number. */
    IssueOutcome reprint(long ticketId);

    /** Leaves kiosk mode: the window closes and the kiosk process ends cleanly. */
    void quitKioskMode();

    /** A kiosk without an admin screen: no PIN, nothing to show, nothing to reprint, no way out from the screen. */
    AdminAccess NONE = new AdminAccess() {
        @Override
        public Optional<PinLockout> lockout() {
            return Optional.empty();
        }

        @Override
        public Dashboard dashboard() {
            return emptyDashboard(LocalDate.now());
        }

        @Override
        public List<IssuedTicket> todaysTickets() {
            return List.of();
        }

        @Override
        public IssueOutcome reprint(long ticketId) {
            throw new IllegalStateException("no admin screen on this kiosk");
        }

        @Override
        public void quitKioskMode() {
            // Without a PIN there is no admin screen to quit from.
        }
    };

    /** A dashboard with nothing counted and the devices not yet asked, e.g. while the database opens. */
    static Dashboard emptyDashboard(LocalDate today) {
        return Dashboard.of(today, List.of(), List.of(), new DeviceHealth(Optional.empty(), Optional.empty(), "",
                Long.MAX_VALUE, Optional.<Instant>empty(), vn.tiepdon.admin.SyncLine.NOT_YET, 0));
    }
}
