package vn.tiepdon.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.kiosk.CountingScanCounter;
import vn.tiepdon.kiosk.FakeAdminAccess;
import vn.tiepdon.kiosk.FakeScanSource;
import vn.tiepdon.kiosk.FakeTicketIssuer;
import vn.tiepdon.kiosk.FlowSettings;
import vn.tiepdon.kiosk.KioskFixtures;
import vn.tiepdon.kiosk.KioskWiring;
import vn.tiepdon.kiosk.ManualTimer;
import vn.tiepdon.kiosk.ScriptedIdentityReader;
import vn.tiepdon.kiosk.Texts;

/** A kiosk whose settings have no admin PIN: the key shows the status overlay and how to set a PIN. */
@ExtendWith(ApplicationExtension.class)
class AdminWithoutPinTest {

    private KioskRuntime runtime;

    @Start
    void start(Stage stage) {
        CountingScanCounter counter = new CountingScanCounter();
        KioskWiring wiring = new KioskWiring(KioskFixtures.kioskSettings(), new FakeScanSource(),
                new ScriptedIdentityReader(), counter, new FakeTicketIssuer(), counter::summary, false, null, null,
                FakeAdminAccess.withoutPin());
        runtime = KioskStage.show(stage, wiring, new ManualTimer());
    }

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    @Test
    void theStatusOverlayTellsItHowToSetAPin(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ScreenChecks.showing(robot, "#adminOverlay")).isTrue();
        assertThat(ScreenChecks.showing(robot, "#adminScreen")).isFalse();
        assertThat(ScreenChecks.text(robot, "#adminPinHint"))
                .isEqualTo(Texts.of(FlowSettings.VIETNAMESE).get("admin.pin.notSet"))
                .contains("./tiepdon admin pin");
    }
}
