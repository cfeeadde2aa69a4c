package vn.tiepdon.kiosk.fx;

import javafx.application.Platform;
import javafx.stage.Stage;
import vn.tiepdon.kiosk.KioskTimer;
import vn.tiepdon.kiosk.KioskWiring;

/** Puts a kiosk on the test's stage: work runs at once, screen updates on the JavaFX thread. */
final class KioskStage {

    private KioskStage() {
    }

    static KioskRuntime show(Stage stage, KioskWiring wiring, KioskTimer timer) {
        KioskRuntime runtime = KioskRuntime.start(wiring, timer, Runnable::run, Platform::runLater);
        stage.setScene(runtime.view().scene());
        stage.show();
        return runtime;
    }
}
