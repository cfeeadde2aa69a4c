package vn.tiepdon.kiosk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.admin.Dashboard;
import vn.tiepdon.admin.DeviceHealth;
import vn.tiepdon.admin.PinLockout;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.ticket.PrinterCheck;
import vn.tiepdon.ticket.IssueOutcome;

/**
 * The admin screen's side that needs no screen: the PIN check, and reading and reprinting off the JavaFX thread.
 * The PIN's slow hash, the database and the printer all run on the kiosk's worker; results come back on the UI
 * thread. A failure is logged and shown as "nothing", never thrown at the screen.
 */
public final class AdminConsole {

    /** A kiosk must not be left on the admin screen: it closes after this long without a touch. */
    public static final Duration IDLE = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(AdminConsole.class);

    private final AdminAccess access;
    private final AdminStatus status;
    private final Executor worker;
    private final Executor ui;
    private final PinEntry pin = new PinEntry();

    /**
     * @param status where the scanner's state is known (the CLI's parts cannot see it)
     */
    public AdminConsole(AdminAccess access, AdminStatus status, Executor worker, Executor ui) {
        this.access = Objects.requireNonNull(access, "access");
        this.status = Objects.requireNonNull(status, "status");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Without a PIN the admin screen stays closed and only the status overlay can be shown. */
    public boolean pinConfigured() {
        return access.lockout().isPresent();
    }

    public PinEntry pin() {
        return pin;
    }

    /** Checks the typed PIN and clears the keypad; {@code then} gets the answer on the UI thread. */
    public void submitPin(Consumer<PinLockout.Attempt> then) {
        String typed = pin.take();
        Optional<PinLockout> lockout = access.lockout();
        if (lockout.isEmpty()) {
            return;
        }
        run(() -> lockout.get().attempt(typed), then, () -> new PinLockout.Attempt.Refused(0), "PIN check");
    }

    /** The dashboard, with the scanner's state as the kiosk last heard it. */
    public void loadDashboard(Consumer<Dashboard> then) {
        // Read here: the status lives on the UI thread. The printer as last checked, newer than the last ticket.
        Optional<Boolean> scanner = status.scannerConnected();
        Optional<PrinterCheck> printer = status.printer();
        run(() -> withKioskScreen(access.dashboard(), scanner, printer), then,
                () -> AdminAccess.emptyDashboard(LocalDate.now()), "admin dashboard");
    }

    /** Today's tickets for reprinting: those that did not print first, then the latest first. */
    public void loadTickets(Consumer<List<IssuedTicket>> then) {
        run(() -> forReprint(access.todaysTickets()), then, List::of, "today's tickets");
    }

    /** Prints a ticket again; {@code then} gets the outcome, or empty when it could not even be tried. */
    public void reprint(long ticketId, Consumer<Optional<IssueOutcome>> then) {
        run(() -> Optional.of(access.reprint(ticketId)), then, Optional::empty, "reprint");
    }

    public void quitKioskMode() {
        LOG.info("Kiosk mode quit from the admin screen");
        access.quitKioskMode();
    }

    static List<IssuedTicket> forReprint(List<IssuedTicket> tickets) {
        return tickets.stream()
                .sorted(Comparator.comparing((IssuedTicket t) -> t.printState() != PrintState.NOT_PRINTED)
                        .thenComparing(IssuedTicket::issuedAt, Comparator.reverseOrder()))
                .toList();
    }

    private static Dashboard withKioskScreen(Dashboard dashboard, Optional<Boolean> scanner,
                                             Optional<PrinterCheck> printer) {
        DeviceHealth devices = dashboard.devices().withScanner(scanner);
        if (printer.isPresent()) {
            devices = devices.withPrinterChecked(printer.get().problem().map(Enum::name),
                    printer.get().paperNearEnd());
        }
        return new Dashboard(dashboard.today(), dashboard.todayFigures(), dashboard.weekFigures(),
                dashboard.ticketsByHourToday(), dashboard.registrationsLastSevenDays(), devices);
    }

    private <T> void run(Supplier<T> work, Consumer<T> then, Supplier<T> fallback, String what) {
        try {
            worker.execute(() -> {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    LOG.warn("Admin screen: {} failed", what, e);
                    result = fallback.get();
                }
                T done = result;
                ui.execute(() -> then.accept(done));
            });
        } catch (RejectedExecutionException closing) {
            LOG.debug("Admin screen: {} not run, the kiosk is closing", what);
        }
    }
}
