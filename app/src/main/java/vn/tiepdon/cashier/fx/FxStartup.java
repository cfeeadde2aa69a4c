package vn.tiepdon.cashier.fx;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * Starts JavaFX once per process, or joins the toolkit that is already up (the kiosk's
 * {@link vn.tiepdon.kiosk.fx.FxToolkit#startInBackground()}, or a test's): JavaFX refuses a second start.
 */
final class FxStartup {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private FxStartup() {
    }

    /** @throws IllegalStateException when JavaFX cannot start (no display) */
    static void ensureRunning() {
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
        } catch (IllegalStateException alreadyStarted) {
            Platform.runLater(() -> up.complete(null));
        } catch (RuntimeException | Error e) {
            throw new IllegalStateException("JavaFX could not start: " + e, e);
        }
        try {
            up.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX was starting", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start within " + START_TIMEOUT, e);
        }
    }
}
