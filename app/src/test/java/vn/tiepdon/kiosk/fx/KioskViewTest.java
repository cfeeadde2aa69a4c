package vn.tiepdon.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.AN;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.scanOf;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.scanRejectedFor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.kiosk.CountingScanCounter;
import vn.tiepdon.kiosk.FakeScanSource;
import vn.tiepdon.kiosk.FakeTicketIssuer;
import vn.tiepdon.kiosk.FlowSettings;
import vn.tiepdon.kiosk.KioskFixtures;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.KioskWiring;
import vn.tiepdon.kiosk.ManualTimer;
import vn.tiepdon.kiosk.ScriptedIdentityReader;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.ticket.PrintProblem;

/** The kiosk as a patient meets it: real scene graph, clicks through the robot, a fake scanner and printer. */
@ExtendWith(ApplicationExtension.class)
class KioskViewTest {

    private final FakeScanSource scanner = new FakeScanSource();
    private final FakeTicketIssuer issuer = new FakeTicketIssuer();
    private final CountingScanCounter counter = new CountingScanCounter();
    private final ManualTimer timer = new ManualTimer();
    private final Texts vi = Texts.of(FlowSettings.VIETNAMESE);
    private final Texts en = Texts.of(Locale.ENGLISH);
    private KioskRuntime runtime;

    @Start
    void start(Stage stage) {
        KioskWiring wiring = new KioskWiring(KioskFixtures.kioskSettings(), scanner, new ScriptedIdentityReader(),
                counter, issuer, counter::summary, false);
        runtime = KioskStage.show(stage, wiring, timer);
    }

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    private void scan(byte[] payload) {
        scanner.emit(payload);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return ScreenChecks.text(robot, query);
    }

    private static boolean showing(FxRobot robot, String query) {
        return ScreenChecks.showing(robot, query);
    }

    @Test
    void aPatientScansConfirmsChoosesAndSeesTheirNumber(FxRobot robot) {
        issuer.startNumbersAt(KioskFixtures.KHAM_BHYT.code(), 26, 3);
        assertThat(showing(robot, "#attractScreen")).isTrue();

        scan(scanOf(AN));

        assertThat(showing(robot, "#confirmScreen")).isTrue();
        assertThat(text(robot, "#fullName")).isEqualTo("Nguyễn Văn An");
        assertThat(text(robot, "#dateOfBirth")).isEqualTo("15/08/1990");
        assertThat(text(robot, "#maskedId")).isEqualTo("0010******56");
        assertThat(SceneText.all(runtime.view().root()))
                .as("the full ID number is in no node")
                .noneMatch(t -> t.contains(AN.idNumber()));

        robot.clickOn("#confirmButton");
        assertThat(showing(robot, "#chooseServiceScreen")).isTrue();
        robot.clickOn("#service-KBHYT");

        assertThat(showing(robot, "#doneScreen")).isTrue();
        assertThat(text(robot, "#ticketNumber")).isEqualTo("A027");
        assertThat(text(robot, "#serviceName")).contains("Khám BHYT");
        assertThat(text(robot, "#waitingAhead")).isEqualTo(vi.get("done.waiting", 3));
        assertThat(text(robot, "#message")).isEqualTo("Mời Ông/Bà nhận phiếu");
        assertThat(counter.acceptedCount()).isEqualTo(1);
    }

    @Test
    void aNameWithLostLettersIsShownWithANoteForTheDesk(FxRobot robot) {
        scan(scanOf(AN));
        assertThat(robot.lookup("#nameUnverifiedNote").tryQuery()).as("an intact name has no note").isEmpty();
        robot.clickOn("#backButton");

        scan(scanOf(ScriptedIdentityReader.CUONG_LETTERS_LOST));

        assertThat(showing(robot, "#confirmScreen")).as("the patient is not refused").isTrue();
        assertThat(text(robot, "#fullName")).isEqualTo("Ph?m V?n C??ng");
        assertThat(text(robot, "#nameUnverifiedNote")).isEqualTo(
                "Tên có thể thiếu dấu — nhân viên sẽ kiểm tra lại tại quầy.");
        robot.clickOn("#languageButton");
        assertThat(text(robot, "#nameUnverifiedNote")).isEqualTo(
                "Some letters of the name may be missing — staff will check it at the desk.");
    }

    @Test
    void aRejectedScanSaysWhatToDo(FxRobot robot) {
        scan(scanRejectedFor(RejectionReason.BANK_PAYMENT_QR));

        assertThat(showing(robot, "#rejectedScreen")).isTrue();
        assertThat(text(robot, "#message")).isEqualTo(vi.rejection(RejectionReason.BANK_PAYMENT_QR));
        assertThat(counter.rejectedCount(RejectionReason.BANK_PAYMENT_QR)).isEqualTo(1);

        robot.clickOn("#withoutCardButton");
        assertThat(showing(robot, "#chooseServiceScreen")).isTrue();
    }

    @Test
    void theLanguageButtonSwitchesEveryText(FxRobot robot) {
        assertThat(text(robot, "#withoutCardButton")).isEqualTo("Lấy số không cần thẻ");
        assertThat(text(robot, "#languageButton")).isEqualTo("English");

        robot.clickOn("#languageButton");
        assertThat(text(robot, "#withoutCardButton")).isEqualTo(en.get("attract.withoutCard"));
        assertThat(text(robot, "#prompt")).isEqualTo(en.get("attract.prompt"));
        assertThat(text(robot, "#languageButton")).isEqualTo("Tiếng Việt");

        robot.clickOn("#withoutCardButton");
        assertThat(text(robot, "#service-XN")).isEqualTo("Laboratory tests");

        robot.clickOn("#languageButton");
        assertThat(text(robot, "#service-XN")).isEqualTo("Xét nghiệm");
    }

    @Test
    void paperOutSaysGoToTheDeskWithTheNumberAndOffersNoReprint(FxRobot robot) {
        issuer.thenProblem(PrintProblem.PAPER_OUT);
        robot.clickOn("#withoutCardButton");
        robot.clickOn("#service-KDV");

        assertThat(showing(robot, "#printFailedScreen")).isTrue();
        assertThat(text(robot, "#ticketNumber")).isEqualTo("B001");
        assertThat(text(robot, "#message")).isEqualTo(vi.printProblem(PrintProblem.PAPER_OUT, "B001"))
                .contains("quầy tiếp đón");
        assertThat(robot.lookup("#reprintButton").tryQuery()).isEmpty();
        assertThat(showing(robot, "#backButton")).isTrue();
    }

    @Test
    void aPrinterThatDidNotAnswerIsOfferedASecondTry(FxRobot robot) {
        issuer.thenProblem(PrintProblem.NO_ANSWER).thenProblem(null);
        robot.clickOn("#withoutCardButton");
        robot.clickOn("#service-KDV");

        assertThat(showing(robot, "#printFailedScreen")).isTrue();
        assertThat(text(robot, "#ticketNumber")).isEqualTo("B001");
        assertThat(text(robot, "#message")).isEqualTo(vi.printProblem(PrintProblem.NO_ANSWER, "B001"));
        assertThat(showing(robot, "#reprintButton")).isTrue();

        robot.clickOn("#reprintButton");
        assertThat(showing(robot, "#doneScreen")).isTrue();
        assertThat(text(robot, "#ticketNumber")).isEqualTo("B001");
        assertThat(issuer.issuedCount()).isEqualTo(1);
    }

    @Test
    void anIdlePatientSeesTheSecondsLeftAndStaysWithOneTouch(FxRobot robot) {
        robot.clickOn("#withoutCardButton");
        assertThat(showing(robot, "#idleWarning")).isFalse();

        robot.interact(() -> timer.advance(KioskFixtures.IDLE.minusSeconds(10)));
        assertThat(showing(robot, "#idleWarning")).isTrue();
        assertThat(text(robot, "#idleCountdown")).isEqualTo("Ki-ốt sẽ về màn hình đầu sau 10 giây.");
        robot.interact(() -> timer.advance(java.time.Duration.ofSeconds(3)));
        assertThat(text(robot, "#idleCountdown")).isEqualTo("Ki-ốt sẽ về màn hình đầu sau 7 giây.");

        robot.clickOn("#continueButton");
        assertThat(showing(robot, "#idleWarning")).isFalse();
        assertThat(showing(robot, "#chooseServiceScreen")).isTrue();
    }

    @Test
    void anUnpluggedScannerPausesTheKioskUntilItIsBack(FxRobot robot) {
        robot.interact(() -> runtime.adminStatus().scannerConnection(false, "port closed: device unplugged"));

        assertThat(showing(robot, "#outOfServiceScreen")).isTrue();
        assertThat(text(robot, "#message")).isEqualTo(vi.get("outOfService.message")).contains("quầy tiếp đón");
        assertThat(showing(robot, "#backButton")).isFalse();
        assertThat(robot.lookup("#withoutCardButton").tryQuery()).isEmpty();

        robot.interact(() -> runtime.adminStatus().scannerConnection(true, ""));
        assertThat(showing(robot, "#attractScreen")).isTrue();
    }

    @Test
    void aPrinterSwitchedOffPausesTheKioskUntilItAnswersAgainAndStaffSeeWhy(FxRobot robot) throws Exception {
        issuer.printerAnswers(vn.tiepdon.ticket.PrinterCheck.failing(PrintProblem.UNREACHABLE));
        robot.interact(() -> timer.advance(KioskRuntime.PRINTER_CHECK));

        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> showing(robot, "#outOfServiceScreen"));
        assertThat(runtime.adminStatus().printer()).hasValueSatisfying(
                check -> assertThat(check.problem()).contains(PrintProblem.UNREACHABLE));

        issuer.printerAnswers(vn.tiepdon.ticket.PrinterCheck.READY);
        robot.interact(() -> timer.advance(KioskRuntime.PRINTER_CHECK));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> showing(robot, "#attractScreen"));
    }

    @Test
    void everyScreenButTheStartHasAWayBack(FxRobot robot) {
        assertThat(showing(robot, "#backButton")).isFalse();
        scan(scanRejectedFor(RejectionReason.GARBLED));
        assertThat(showing(robot, "#backButton")).isTrue();

        robot.clickOn("#backButton");
        assertThat(showing(robot, "#attractScreen")).isTrue();

        scan(scanOf(AN));
        robot.clickOn("#notMeButton");
        assertThat(showing(robot, "#attractScreen")).isTrue();
        assertThat(SceneText.all(runtime.view().root())).noneMatch(t -> t.contains("Nguyễn Văn An"));
    }

    @Test
    void everyScreenOffersTheOtherLanguage(FxRobot robot) {
        issuer.thenProblem(PrintProblem.OFFLINE);
        KioskFlow flow = runtime.flow();
        List<Runnable> steps = List.of(
                () -> { },
                () -> flow.scan(scanOf(AN)),
                flow::confirm,
                () -> flow.chooseService(KioskFixtures.XET_NGHIEM),
                flow::backToStart,
                () -> flow.scan(scanRejectedFor(RejectionReason.URL)),
                flow::takeWithoutCard,
                () -> flow.chooseService(KioskFixtures.XET_NGHIEM));
        List<String> screensSeen = new ArrayList<>();
        for (Runnable step : steps) {
            robot.interact(step);
            screensSeen.add(flow.state().getClass().getSimpleName());
            assertThat(showing(robot, "#languageButton")).as(flow.state().toString()).isTrue();
        }
        assertThat(screensSeen).contains("Attract", "Confirm", "ChooseService", "PrintFailed", "Rejected", "Done");
    }

    @Test
    void leftAloneTheKioskForgetsThePatient(FxRobot robot) {
        scan(scanOf(AN));
        robot.clickOn("#confirmButton");

        robot.interact(() -> timer.advance(KioskFixtures.IDLE));

        assertThat(showing(robot, "#attractScreen")).isTrue();
        assertThat(SceneText.all(runtime.view().root())).noneMatch(t -> t.contains("Nguyễn Văn An"));
    }

    @Test
    void aTouchAnywhereKeepsThePatientOnScreen(FxRobot robot) {
        scan(scanOf(AN));
        robot.interact(() -> timer.advance(KioskFixtures.IDLE.minusSeconds(5)));
        robot.clickOn("#fullName");
        robot.interact(() -> timer.advance(KioskFixtures.IDLE.minusSeconds(5)));

        assertThat(showing(robot, "#confirmScreen")).isTrue();
    }

    @Test
    void staffSeeTheScannerStateBehindAKeyPatientsNever(FxRobot robot) {
        scanner.connection(false, "port /dev/ttyACM0 vanished");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#adminOverlay")).isFalse();
        assertThat(SceneText.visible(runtime.view().root())).noneMatch(t -> t.contains("vanished"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(showing(robot, "#adminOverlay")).isTrue();
        assertThat(text(robot, "#adminScanner")).contains("fake scanner").contains(vi.get("admin.scanner.disconnected"));
        assertThat(text(robot, "#adminScannerDetail")).isEqualTo("port /dev/ttyACM0 vanished");
        assertThat(text(robot, "#adminPrinter")).contains("tcp:127.0.0.1:9100");
        assertThat(text(robot, "#adminCounts")).isEqualTo(counter.summary());

        robot.clickOn("#adminCloseButton");
        assertThat(showing(robot, "#adminOverlay")).isFalse();
    }

    @Test
    void everyPatientButtonIsABigTarget(FxRobot robot) {
        scan(scanOf(AN));
        assertBigButtons(robot);
        robot.clickOn("#confirmButton");
        assertBigButtons(robot);
    }

    private static void assertBigButtons(FxRobot robot) {
        ScreenChecks.assertBigButtons(robot);
    }

    @Test
    void closingTheKioskClosesTheScanner() {
        assertThat(scanner.isStarted()).isTrue();
        runtime.close();
        assertThat(scanner.closed()).isTrue();
    }
}
