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

    /** Every patient button on screen is at least 110 × 250 pixels: an elderly finger hits it. */
    static void assertBigButtons(FxRobot robot) {
        for (Button button : robot.lookup(".big-button").queryAllAs(Button.class)) {
            if (button.isVisible() && !button.getStyleClass().contains("admin-close")) {
                assertThat(button.getHeight()).as(button.getId()).isGreaterThanOrEqualTo(110);
                assertThat(button.getWidth()).as(button.getId()).isGreaterThanOrEqualTo(250);
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
