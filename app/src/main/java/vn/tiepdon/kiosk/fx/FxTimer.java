package vn.tiepdon.kiosk.fx;

import java.time.Duration;
import javafx.animation.PauseTransition;
import vn.tiepdon.kiosk.KioskTimer;

/** Timeouts on the JavaFX thread, without a thread of their own. Schedule from the JavaFX thread. */
public final class FxTimer implements KioskTimer {

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
