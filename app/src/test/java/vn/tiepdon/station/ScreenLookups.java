package vn.tiepdon.station;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the end-to-end tests look for on the kiosk's screen. */
final class ScreenLookups {

    private ScreenLookups() {
    }

    /** Waits until a node matching the query is visible, then for the screen to settle. */
    static void waitUntilShowing(FxRobot robot, String query, Duration wait) throws TimeoutException {
        WaitForAsyncUtils.waitFor(wait.toSeconds(), TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
