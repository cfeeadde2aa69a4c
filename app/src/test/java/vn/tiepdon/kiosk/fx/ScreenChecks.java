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
     * Every patient button on a 1280-wide panel is at least 80 × 200 pixels, well above the 15 mm (60 px on a
     * 21.5-inch panel) an elderly finger needs; {@code KioskScreensTest} checks 15 mm on every panel size.
     */
    static void assertBigButtons(FxRobot robot) {
        for (Button button : robot.lookup(".big-button").queryAllAs(Button.class)) {
            if (button.isVisible() && !button.getStyleClass().contains("admin-close")) {
                assertThat(button.getHeight()).as(button.getId()).isGreaterThanOrEqualTo(80);
                assertThat(button.getWidth()).as(button.getId()).isGreaterThanOrEqualTo(200);
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
