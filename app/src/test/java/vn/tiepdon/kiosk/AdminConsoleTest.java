package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.tiepdon.admin.Dashboard;
import vn.tiepdon.admin.DeviceHealth;
import vn.tiepdon.admin.PinLockout;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.ticket.IssueOutcome;
import vn.tiepdon.ticket.PrintProblem;
import vn.tiepdon.ticket.PrinterCheck;

class AdminConsoleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private final FakeAdminAccess access = new FakeAdminAccess(Clock.systemUTC());
    private final AdminStatus status = new AdminStatus("scanner", "printer", () -> "");
    private final List<Runnable> onUi = new ArrayList<>();
    private final AdminConsole console = new AdminConsole(access, status, Runnable::run, onUi::add);

    private void runUi() {
        List<Runnable> due = List.copyOf(onUi);
        onUi.clear();
        due.forEach(Runnable::run);
    }

    private static IssuedTicket ticket(long id, int hour, PrintState state) {
        return new IssuedTicket(id, "KBHYT", DAY, (int) id, "A00" + id, DAY.atTime(hour, 0), 0, state);
    }

    private void type(String pin) {
        pin.chars().forEach(c -> console.pin().digit(c - '0'));
    }

    @Test
    void theRightPinIsAcceptedOnTheUiThreadAndTheKeypadIsCleared() {
        AtomicReference<PinLockout.Attempt> answer = new AtomicReference<>();
        type(FakeAdminAccess.PIN);

        console.submitPin(answer::set);

        assertThat(answer.get()).isNull();
        assertThat(console.pin().length()).isZero();
        runUi();
        assertThat(answer.get()).isInstanceOf(PinLockout.Attempt.Accepted.class);
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeft() {
        AtomicReference<PinLockout.Attempt> answer = new AtomicReference<>();
        type("1111");

        console.submitPin(answer::set);
        runUi();

        assertThat(answer.get()).isEqualTo(new PinLockout.Attempt.Refused(PinLockout.FREE_TRIES - 1));
    }

    @Test
    void withoutAPinTheScreenStaysClosed() {
        AdminConsole closed = new AdminConsole(FakeAdminAccess.withoutPin(), status, Runnable::run, Runnable::run);

        assertThat(closed.pinConfigured()).isFalse();
        assertThat(console.pinConfigured()).isTrue();
    }

    @Test
    void ticketsThatDidNotPrintComeFirstThenTheLatest() {
        List<IssuedTicket> tickets = List.of(ticket(1, 7, PrintState.PRINTED), ticket(2, 8, PrintState.NOT_PRINTED),
                ticket(3, 9, PrintState.PRINTED), ticket(4, 10, PrintState.ISSUED));

        assertThat(AdminConsole.forReprint(tickets)).extracting(IssuedTicket::id).containsExactly(2L, 4L, 3L, 1L);
    }

    @Test
    void theDashboardCarriesTheScannerStateTheKioskKnows() {
        status.scannerConnection(false, "unplugged");
        AtomicReference<Dashboard> shown = new AtomicReference<>();

        console.loadDashboard(shown::set);
        runUi();

        assertThat(shown.get().devices().scannerConnected()).contains(false);
    }

    @Test
    void thePrinterAsLastCheckedSaysWhyItCannotPrintOverWhatTheLastTicketSaid() {
        access.showing(AdminAccess.emptyDashboard(DAY), List.of(ticket(1, 8, PrintState.PRINTED)));
        status.printerChecked(PrinterCheck.failing(PrintProblem.PAPER_OUT));
        AtomicReference<Dashboard> shown = new AtomicReference<>();

        console.loadDashboard(shown::set);
        runUi();

        DeviceHealth devices = shown.get().devices();
        assertThat(devices.printerReady()).contains(false);
        assertThat(devices.printerProblem()).isEqualTo("PAPER_OUT");
        assertThat(devices.warnings(java.time.Instant.now())).contains(DeviceHealth.Warning.PRINTER_NOT_READY);
    }

    @Test
    void paperNearItsEndIsAStaffWarningWhileTheKioskKeepsPrinting() {
        status.printerChecked(PrinterCheck.PAPER_NEAR_END);
        AtomicReference<Dashboard> shown = new AtomicReference<>();

        console.loadDashboard(shown::set);
        runUi();

        DeviceHealth devices = shown.get().devices();
        assertThat(devices.printerReady()).contains(true);
        assertThat(devices.warnings(java.time.Instant.now())).contains(DeviceHealth.Warning.PAPER_NEAR_END)
                .doesNotContain(DeviceHealth.Warning.PRINTER_NOT_READY);
    }

    @Test
    void aFailedReprintComesBackEmptyInsteadOfThrowing() {
        AtomicReference<Optional<IssueOutcome>> outcome = new AtomicReference<>();

        console.reprint(99, outcome::set); // no such ticket: the fake throws
        runUi();

        assertThat(outcome.get()).isEmpty();
    }

    @Test
    void reprintsAndQuitsThroughTheAccess() {
        access.showing(AdminAccess.emptyDashboard(DAY), List.of(ticket(5, 8, PrintState.NOT_PRINTED)));
        AtomicReference<Optional<IssueOutcome>> outcome = new AtomicReference<>();

        console.reprint(5, outcome::set);
        runUi();
        console.quitKioskMode();

        assertThat(outcome.get()).hasValueSatisfying(o -> assertThat(o.printed()).isTrue());
        assertThat(access.reprinted()).containsExactly(5L);
        assertThat(access.quits()).isEqualTo(1);
    }
}
