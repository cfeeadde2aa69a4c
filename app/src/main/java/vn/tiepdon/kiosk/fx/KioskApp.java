package vn.tiepdon.kiosk.fx;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
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
    /** JavaFX creates the Application itself, so the wiring waits here for it. */
    private static final AtomicReference<KioskWiring> WIRING = new AtomicReference<>();

    private final KioskWiring givenWiring;
    private ExecutorService worker;
    private KioskRuntime runtime;

    /** Used by {@link Application#launch}: takes the wiring handed to {@link #launch(KioskWiring)}. */
    public KioskApp() {
        this(null);
    }

    /** For hosts that create the application themselves, such as tests. */
    KioskApp(KioskWiring wiring) {
        this.givenWiring = wiring;
    }

    /** Opens the kiosk and returns when its window is closed (or the process is told to stop). */
    public static void launch(KioskWiring wiring) {
        if (!WIRING.compareAndSet(null, Objects.requireNonNull(wiring, "wiring"))) {
            throw new IllegalStateException("The kiosk can be launched once per process");
        }
        Application.launch(KioskApp.class);
    }

    @Override
    public void start(Stage stage) {
        KioskWiring wiring = givenWiring != null ? givenWiring : WIRING.get();
        if (wiring == null) {
            throw new IllegalStateException("Start the kiosk with KioskApp.launch(wiring)");
        }
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
        }
        stage.show();
        LOG.info("Kiosk started (full screen: {})", wiring.fullScreen());
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
