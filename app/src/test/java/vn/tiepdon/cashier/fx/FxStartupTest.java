package vn.tiepdon.cashier.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The cashier joins a JavaFX toolkit that is already up (the kiosk's, or here the test's) instead of failing. */
class FxStartupTest {

    @Test
    void aToolkitAlreadyRunningIsJoinedNotStartedAgain() throws Exception {
        FxToolkit.registerPrimaryStage();

        FxStartup.ensureRunning();

        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();
        Platform.runLater(() -> onFxThread.complete(Platform.isFxApplicationThread()));
        assertThat(onFxThread.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
