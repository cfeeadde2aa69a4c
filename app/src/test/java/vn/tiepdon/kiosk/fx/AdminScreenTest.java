package vn.tiepdon.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.AN;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.scanOf;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.admin.PinLockout;
import vn.tiepdon.kiosk.AdminAccess;
import vn.tiepdon.kiosk.AdminConsole;
import vn.tiepdon.kiosk.CountingScanCounter;
import vn.tiepdon.kiosk.FakeAdminAccess;
import vn.tiepdon.kiosk.FakeScanSource;
import vn.tiepdon.kiosk.FakeTicketIssuer;
import vn.tiepdon.kiosk.FlowSettings;
import vn.tiepdon.kiosk.KioskFixtures;
import vn.tiepdon.kiosk.KioskState;
import vn.tiepdon.kiosk.KioskWiring;
import vn.tiepdon.kiosk.ManualTimer;
import vn.tiepdon.kiosk.ScriptedIdentityReader;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;

/** The admin screen behind its PIN, on the kiosk's real scene, with a fake admin side and the test's own timer. */
@ExtendWith(ApplicationExtension.class)
class AdminScreenTest {

    private static final LocalDate TODAY = LocalDate.now();
    private final FakeScanSource scanner = new FakeScanSource();
    private final ManualTimer timer = new ManualTimer();
    private final FakeAdminAccess admin = new FakeAdminAccess(Clock.systemUTC());
    private final Texts vi = Texts.of(FlowSettings.VIETNAMESE);
    private KioskRuntime runtime;

    @Start
    void start(Stage stage) {
        admin.showing(AdminAccess.emptyDashboard(TODAY), List.of(
                ticket(1, 7, PrintState.PRINTED), ticket(2, 8, PrintState.NOT_PRINTED)));
        CountingScanCounter counter = new CountingScanCounter();
        KioskWiring wiring = new KioskWiring(KioskFixtures.kioskSettings(), scanner, new ScriptedIdentityReader(),
                counter, new FakeTicketIssuer(), counter::summary, false, null, null, admin);
        runtime = KioskStage.show(stage, wiring, timer);
    }

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    private static IssuedTicket ticket(long id, int hour, PrintState state) {
        return new IssuedTicket(id, KioskFixtures.KHAM_BHYT.code(), TODAY, (int) id, "A00" + id,
                TODAY.atTime(hour, 5), 0, state);
    }

    private static void adminKeys(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses the keys without moving the mouse to each: the first test clicks, the others need speed. */
    private static void typePin(FxRobot robot, String pin) {
        for (char digit : pin.toCharArray()) {
            press(robot, "#pinDigit" + digit);
        }
        press(robot, "#pinOk");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void press(FxRobot robot, String query) {
        Button button = robot.lookup(query).queryButton();
        robot.interact(button::fire);
    }

    private static String text(FxRobot robot, String query) {
        return ScreenChecks.text(robot, query);
    }

    private static boolean showing(FxRobot robot, String query) {
        return ScreenChecks.showing(robot, query);
    }

    /** The locked message up to its time, which the test does not know. */
    private String lockedPrefix() {
        String shown = vi.get("admin.pin.locked", "@");
        return shown.substring(0, shown.indexOf('@'));
    }

    private void openDesk(FxRobot robot) {
        adminKeys(robot);
        typePin(robot, FakeAdminAccess.PIN);
        assertThat(showing(robot, "#adminDesk")).isTrue();
    }

    @Test
    void theKeypadShowsDotsAndAWrongPinSaysHowManyTriesAreLeft(FxRobot robot) {
        adminKeys(robot);
        assertThat(showing(robot, "#pinPad")).isTrue();

        for (char digit : "1357".toCharArray()) {
            robot.clickOn("#pinDigit" + digit);
        }
        assertThat(text(robot, "#pinDots")).isEqualTo("●●●●");
        assertThat(SceneText.visible(runtime.view().root())).noneMatch(t -> t.contains("1357"));
        robot.clickOn("#pinOk");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#pinMessage")).isEqualTo(vi.get("admin.pin.wrong", PinLockout.FREE_TRIES - 1));
        assertThat(showing(robot, "#adminDesk")).isFalse();
    }

    @Test
    void theRightPinOpensTheDeskAndCloseGoesBackToThePatientScreens(FxRobot robot) {
        openDesk(robot);
        assertThat(text(robot, "#today-rejectionRate")).isEqualTo("—");

        robot.clickOn("#adminDone");

        assertThat(showing(robot, "#adminScreen")).isFalse();
        assertThat(showing(robot, "#attractScreen")).isTrue();
    }

    @Test
    void repeatedWrongPinsLockTheKeypadEvenForTheRightOne(FxRobot robot) {
        adminKeys(robot);
        for (int i = 0; i < PinLockout.FREE_TRIES; i++) {
            typePin(robot, "0000");
        }
        assertThat(text(robot, "#pinMessage")).startsWith(lockedPrefix());

        typePin(robot, FakeAdminAccess.PIN);

        assertThat(text(robot, "#pinMessage")).startsWith(lockedPrefix());
        assertThat(showing(robot, "#adminDesk")).isFalse();
    }

    @Test
    void reprintingFromTheListPrintsThatTicket(FxRobot robot) {
        openDesk(robot);
        robot.clickOn("#adminTabReprint");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#reprint-2");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(admin.reprinted()).containsExactly(2L);
        assertThat(text(robot, "#reprintMessage")).isEqualTo(vi.get("admin.reprint.done", "A002"));
    }

    @Test
    void quittingAsksFirstThenQuits(FxRobot robot) {
        openDesk(robot);

        robot.clickOn("#adminQuit");
        assertThat(admin.quits()).isZero();
        robot.clickOn("#adminQuitCancel");
        robot.clickOn("#adminQuit");
        robot.clickOn("#adminQuitConfirm");

        assertThat(admin.quits()).isEqualTo(1);
    }

    @Test
    void twoMinutesWithoutATouchCloseIt(FxRobot robot) {
        openDesk(robot);
        robot.interact(() -> timer.advance(AdminConsole.IDLE.minusSeconds(30)));
        robot.clickOn("#adminTabDevices");
        robot.interact(() -> timer.advance(AdminConsole.IDLE.minusSeconds(30)));
        assertThat(showing(robot, "#adminScreen")).isTrue();

        robot.interact(() -> timer.advance(Duration.ofSeconds(31)));

        assertThat(showing(robot, "#adminScreen")).isFalse();
        adminKeys(robot);
        assertThat(showing(robot, "#pinPad")).isTrue(); // the PIN again, not the desk
    }

    @Test
    void fiveQuickTapsOnTheHospitalNameOpenTheKeypad(FxRobot robot) {
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#hospitalName");
        }
        assertThat(showing(robot, "#adminScreen")).isFalse();

        robot.clickOn("#hospitalName");

        assertThat(showing(robot, "#pinPad")).isTrue();
    }

    @Test
    void aPatientWhoScansWhileTheAdminScreenIsOpenSeesTheirScreen(FxRobot robot) {
        openDesk(robot);

        scanner.emit(scanOf(AN));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing(robot, "#adminScreen")).isFalse();
        assertThat(showing(robot, "#confirmScreen")).isTrue();
    }

    @Test
    void workOnTheAdminScreenDoesNotKeepAPatientsScreenAliveUnderneath(FxRobot robot) {
        scanner.emit(scanOf(AN));
        WaitForAsyncUtils.waitForFxEvents();
        openDesk(robot);

        robot.interact(() -> timer.advance(KioskFixtures.IDLE.minusSeconds(5)));
        robot.clickOn("#adminTabDevices");
        robot.interact(() -> timer.advance(Duration.ofSeconds(6)));

        assertThat(runtime.flow().state()).isInstanceOf(KioskState.Attract.class);
        assertThat(showing(robot, "#adminScreen")).isTrue();
    }
}
