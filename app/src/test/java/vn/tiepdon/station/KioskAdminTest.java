package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.admin.Dashboard;
import vn.tiepdon.admin.Figures;
import vn.tiepdon.admin.QuickPins;
import vn.tiepdon.indicators.sim.SimulatedKiosk;
import vn.tiepdon.kiosk.AdminAccess;
import vn.tiepdon.kiosk.FigureText;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.print.sim.EmulatedState;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.store.SqliteEventTotals;
import vn.tiepdon.ticket.IssueOutcome;

/**
 * The admin screen on the kiosk as the kiosk command builds it: SQLite filled with a simulated fortnight, the
 * printer emulator on loopback, the PIN from the settings.
 */
@ExtendWith(ApplicationExtension.class)
class KioskAdminTest {

    private static final String PIN = "8642";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Texts VI = Texts.of(Locale.forLanguageTag("vi"));

    @TempDir
    static Path tmp;

    private final AtomicInteger quits = new AtomicInteger();
    private KioskOnEmulatedDevices kiosk;

    @Start
    void start(Stage stage) throws IOException {
        kiosk = KioskOnEmulatedDevices.startWithAdminPin(stage, tmp, QuickPins.of(PIN), quits::incrementAndGet);
    }

    @AfterEach
    void stop() throws InterruptedException {
        kiosk.close();
    }

    private void openDesk(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        for (char digit : PIN.toCharArray()) {
            robot.clickOn("#pinDigit" + digit);
        }
        robot.clickOn("#pinOk");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<Number> bars(FxRobot robot, String query) {
        BarChart<String, Number> chart = robot.lookup(query).queryAs(BarChart.class);
        List<Number> values = new ArrayList<>();
        for (XYChart.Data<String, Number> bar : chart.getData().get(0).getData()) {
            values.add(bar.getYValue());
        }
        return values;
    }

    @Test
    void theFiguresAreWhatTheDashboardComputesFromTheKiosksDatabase(FxRobot robot) throws Exception {
        LocalDate today = LocalDate.now();
        SimulatedKiosk simulated = new SimulatedKiosk(kiosk.parts.settings.kioskId(), ZoneId.systemDefault(), 120, 6);
        kiosk.parts.events.recordAll(simulated.days(today.minusDays(13), today));
        SqliteEventTotals totals = new SqliteEventTotals(kiosk.parts.database);
        LocalDate first = Dashboard.firstDayNeeded(today);
        Dashboard expected = Dashboard.of(today, totals.totals(first, today), totals.durations(first, today),
                AdminAccess.emptyDashboard(today).devices());
        assertThat(expected.weekFigures().registrations()).isPositive();

        openDesk(robot);

        for (Map.Entry<String, Figures> period : Map.of("today", expected.todayFigures(),
                "week", expected.weekFigures()).entrySet()) {
            Figures f = period.getValue();
            String p = "#" + period.getKey() + "-";
            assertThat(text(robot, p + "registrations")).isEqualTo(FigureText.count(f.registrations()));
            assertThat(text(robot, p + "citizenIdShare")).isEqualTo(FigureText.share(f.citizenIdShare()));
            assertThat(text(robot, p + "tickets")).isEqualTo(FigureText.count(f.tickets()));
            assertThat(text(robot, p + "printFailures")).isEqualTo(FigureText.count(f.printFailures()));
            assertThat(text(robot, p + "medianSeconds")).isEqualTo(FigureText.seconds(f.medianSecondsScanToTicket()));
            assertThat(text(robot, p + "cashlessByCount"))
                    .isEqualTo(FigureText.share(f.cashless().cashlessCount(), f.cashless().paidCount()));
            assertThat(text(robot, p + "rejectionRate")).isEqualTo(FigureText.share(f.rejectionRate()));
        }
        assertThat(bars(robot, "#dayChart")).containsExactlyElementsOf(
                expected.registrationsLastSevenDays().values().stream().map(Number.class::cast).toList());
        long[] byHour = expected.ticketsByHourToday();
        assertThat(bars(robot, "#hourChart").stream().mapToLong(Number::longValue).sum())
                .isEqualTo(java.util.Arrays.stream(byHour).sum());
        assertThat(bars(robot, "#hourChart").get(0).longValue()).isEqualTo(byHour[6]);
    }

    @Test
    void aTicketThatDidNotPrintIsReprintedFromTheList(FxRobot robot) throws Exception {
        kiosk.printer.state(EmulatedState.PAPER_OUT);
        IssueOutcome failed = kiosk.parts.issuer.issue(kiosk.parts.settings.services().get(0));
        assertThat(failed.printed()).isFalse();
        kiosk.printer.state(EmulatedState.READY);
        openDesk(robot);
        robot.clickOn("#adminTabDevices");
        assertThat(text(robot, "#devicePrinter")).startsWith(VI.get("admin.device.printerNotReady"));

        robot.clickOn("#adminTabReprint");
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> robot.lookup("#reprint-" + failed.ticket().id()).tryQuery().isPresent());
        robot.clickOn("#reprint-" + failed.ticket().id());

        assertThat(kiosk.printer.awaitTickets(1, WAIT).get(0).textLines()).contains(failed.ticket().display());
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> text(robot, "#reprintMessage").equals(VI.get("admin.reprint.done", failed.ticket().display())));
        IssuedTicket now = kiosk.parts.ledger.find(failed.ticket().id()).orElseThrow();
        assertThat(now.printState()).isEqualTo(PrintState.PRINTED);
        // The paper says BẢN IN LẠI, and the reprint is counted as one, under the ticket's service.
        assertThat(kiosk.printer.awaitTickets(1, WAIT).get(0).textLines())
                .anyMatch(line -> line.startsWith(vn.tiepdon.ticket.TicketLayout.staffLine(failed.ticket()) + " | IN LAI "));
        SqliteEventTotals totals = new SqliteEventTotals(kiosk.parts.database);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> totals
                .totals(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)).stream()
                .filter(t -> t.kind() == vn.tiepdon.indicators.EventKind.TICKET_REPRINTED
                        && t.subject().equals(failed.ticket().serviceCode()) && t.flag() == 0)
                .mapToLong(vn.tiepdon.indicators.EventTotal::count).sum() == 1);
    }

    @Test
    void quittingKioskModeRunsTheKiosksQuit(FxRobot robot) {
        openDesk(robot);

        robot.clickOn("#adminQuit");
        robot.clickOn("#adminQuitConfirm");

        assertThat(quits).hasValue(1);
    }
}
