package vn.tiepdon.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;

/** What the view tests check on the kiosk's screen. */
final class ScreenChecks {

    private ScreenChecks() {
    }

    /**
     * Every patient button is at least 15 mm each way (60 px on a 21.5-inch 1920x1080 panel), what an elderly finger
     * needs, whatever size the test's window got (the headless platform's screen is 1000 pixels wide);
     * {@code KioskScreensTest} checks the same on every panel size, and the gaps between targets.
     */
    static void assertBigButtons(FxRobot robot) {
        for (Button button : robot.lookup(".big-button").queryAllAs(Button.class)) {
            if (button.isVisible() && !button.getStyleClass().contains("admin-close")) {
                assertThat(button.getHeight()).as(button.getId()).isGreaterThanOrEqualTo(KioskScreensTest.MIN_TARGET);
                assertThat(button.getWidth()).as(button.getId()).isGreaterThanOrEqualTo(KioskScreensTest.MIN_TARGET);
            }
        }
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
