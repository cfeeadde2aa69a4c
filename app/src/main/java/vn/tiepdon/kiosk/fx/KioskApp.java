package vn.tiepdon.kiosk.fx;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.kiosk.KioskWiring;

/**
 * The kiosk window. Start it with {@link #launch(KioskWiring)}; JavaFX allows one launch per process.
 */
public final class KioskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);
    /** JavaFX starts once per process, so there is one kiosk per process. */
    private static final AtomicBoolean LAUNCHED = new AtomicBoolean();
    private static final AtomicReference<Stage> WINDOW = new AtomicReference<>();
    private static final AtomicBoolean CLOSE_REQUESTED = new AtomicBoolean();

    private final KioskWiring wiring;
    private ExecutorService worker;
    private KioskRuntime runtime;

    /** {@link #launch(KioskWiring)} creates it; tests may host it themselves. */
    KioskApp(KioskWiring wiring) {
        this.wiring = Objects.requireNonNull(wiring, "wiring");
    }

    /**
     * Opens the kiosk and returns when its window is closed (or {@link #close()} is called).
     * JavaFX allows one kiosk per process.
     *
     * @throws IllegalStateException when JavaFX cannot start or the window cannot be built
     */
    public static void launch(KioskWiring wiring) {
        Objects.requireNonNull(wiring, "wiring");
        if (!LAUNCHED.compareAndSet(false, true)) {
            throw new IllegalStateException("The kiosk can be launched once per process");
        }
        FxToolkit.awaitStarted();
        Platform.setImplicitExit(false);
        KioskApp app = new KioskApp(wiring);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            if (CLOSE_REQUESTED.get()) {
                closed.countDown();
                return;
            }
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            WINDOW.set(stage);
            try {
                app.start(stage);
            } catch (RuntimeException e) {
                // Never let JavaFX print this to the terminal: the caller reports it in one line.
                failure.set(e);
                closed.countDown();
            }
        });
        boolean interrupted = false;
        while (true) {
            try {
                closed.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            app.stop();
        } catch (InterruptedException e) {
            interrupted = true;
        }
        Platform.exit();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("The kiosk window could not be built", failure.get());
        }
    }

    /** Closes the kiosk window from any thread, also before it has appeared. */
    public static void close() {
        CLOSE_REQUESTED.set(true);
        try {
            Platform.runLater(() -> {
                Stage stage = WINDOW.get();
                if (stage != null) {
                    stage.close();
                }
            });
        } catch (IllegalStateException notStartedYet) {
            // launch() sees the request when JavaFX is up.
        }
    }

    @Override
    public void start(Stage stage) {
        // One worker: one printer, and tickets print in the order they were asked for.
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "kiosk-worker");
            thread.setDaemon(true);
            return thread;
        });
        runtime = KioskRuntime.start(wiring, new FxTimer(), worker, Platform::runLater);
        stage.setTitle(wiring.settings().hospitalName());
        stage.setScene(runtime.view().scene());
        if (wiring.fullScreen()) {
            // Not a lockdown (that is the operating system's job), but no stray key leaves full screen.
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        } else {
            // A window (the demo, a trial) still takes the whole screen: a 1280x800 window in the middle of a
            // 1280x1024 panel left bands above and below, and the screens lay themselves out for any size.
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        }
        runAfterFirstFrame(stage.getScene(), wiring.onShown());
        stage.show();
        LOG.info("Kiosk started (full screen: {})", wiring.fullScreen());
    }

    /** The layout pulse comes just before the frame is drawn; the action runs once that pulse is over. */
    private static void runAfterFirstFrame(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    @Override
    public void stop() throws InterruptedException {
        if (runtime != null) {
            runtime.close();
        }
        if (worker != null) {
            worker.shutdown();
            // Let a ticket that is printing finish, so its state is recorded.
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Worker still busy at exit");
            }
        }
        LOG.info("Kiosk stopped");
    }
}
