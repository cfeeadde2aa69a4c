package vn.tiepdon.kiosk.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;

/**
 * JavaFX started early, on a thread of its own, so that it is up by the time the command line and the settings
 * have been read. Deliberately without a logger: the first logger sets up Logback, a tenth of a second or more on a
 * cold JVM, and JavaFX must not wait for that (measured: the toolkit started 0.25 s later when it did).
 */
public final class FxToolkit {

    private static CompletableFuture<Void> started;

    private FxToolkit() {
    }

    /** Starts JavaFX in the background. Idempotent; a failure (no display) is reported by {@link #awaitStarted}. */
    public static synchronized void startInBackground() {
        if (started != null) {
            return;
        }
        started = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("fx-startup").start(() -> {
            try {
                Platform.startup(() -> started.complete(null));
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        });
    }

    /**
     * Starts JavaFX if it is not yet starting and waits until it is up.
     *
     * @throws IllegalStateException when JavaFX cannot start
     */
    static void awaitStarted() {
        startInBackground();
        CompletableFuture<Void> toolkit;
        synchronized (FxToolkit.class) {
            toolkit = started;
        }
        try {
            toolkit.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("JavaFX could not start: " + e.getCause(), e.getCause());
        }
    }
}
