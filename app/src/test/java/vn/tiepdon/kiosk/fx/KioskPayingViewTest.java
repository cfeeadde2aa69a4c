package vn.tiepdon.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.kiosk.fx.ScreenChecks.assertBigButtons;
import static vn.tiepdon.kiosk.fx.ScreenChecks.showing;
import static vn.tiepdon.kiosk.fx.ScreenChecks.text;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.kiosk.BillUpdate;
import vn.tiepdon.kiosk.CountingScanCounter;
import vn.tiepdon.kiosk.FakeScanSource;
import vn.tiepdon.kiosk.FakeTicketIssuer;
import vn.tiepdon.kiosk.KioskFixtures;
import vn.tiepdon.kiosk.KioskWiring;
import vn.tiepdon.kiosk.ManualTimer;
import vn.tiepdon.kiosk.OneCodePayments;
import vn.tiepdon.kiosk.ScriptedIdentityReader;
import vn.tiepdon.queue.Service;

/** Paying as a patient touches it: big targets, one way back, and no dead end when the time is up. */
@ExtendWith(ApplicationExtension.class)
class KioskPayingViewTest {

    private static final Service PRICED = new Service("KDV", "B", "Khám dịch vụ", "Private visit", 150_000);

    private final OneCodePayments payments = new OneCodePayments(Instant.now().plus(Duration.ofMinutes(5)));
    private KioskRuntime runtime;

    @Start
    void start(Stage stage) {
        CountingScanCounter counter = new CountingScanCounter();
        KioskWiring wiring = new KioskWiring(KioskFixtures.kioskSettings().withServices(
                List.of(KioskFixtures.KHAM_BHYT, PRICED)), new FakeScanSource(), new ScriptedIdentityReader(),
                counter, new FakeTicketIssuer(), counter::summary, false, null, payments);
        runtime = KioskStage.show(stage, wiring, new ManualTimer());
    }

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    @Test
    void theCodeTheTimeUpScreenAndTheCounterTicketAreAllWithinReach(FxRobot robot) {
        robot.clickOn("#withoutCardButton");
        robot.clickOn("#service-KDV");

        assertThat(showing(robot, "#payingScreen")).isTrue();
        assertThat(text(robot, "#amountDigits")).isEqualTo("150.000 đ");
        assertThat(text(robot, "#countdown")).matches("Còn [45] phút [0-9]+ giây");
        assertThat(showing(robot, "#backButton")).as("the way back to the start").isTrue();
        assertBigButtons(robot);

        Platform.runLater(() -> payments.report(BillUpdate.Status.CLOSED, 0));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing(robot, "#paymentExpiredScreen")).isTrue();
        assertThat(showing(robot, "#backButton")).as("one way back, the big one on the screen").isFalse();
        assertThat(showing(robot, "#startOverButton")).isTrue();
        assertBigButtons(robot);

        robot.clickOn("#payAtCounterButton");

        assertThat(showing(robot, "#doneScreen")).isTrue();
        assertThat(text(robot, "#payment")).isEqualTo("Trước tiên, mời Ông/Bà thanh toán 150.000 đ tại quầy thu ngân.");
    }
}
