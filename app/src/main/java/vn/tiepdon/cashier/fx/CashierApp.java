package vn.tiepdon.cashier.fx;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.cashier.CashierTexts;
import vn.tiepdon.payment.desk.PaymentDesk;

/**
 * Opens the cashier's window, and the customer display full screen on a second monitor when there is one (inside
 * the cashier's window otherwise), and returns when the cashier closes the window.
 */
public final class CashierApp {

    private static final Logger LOG = LoggerFactory.getLogger(CashierApp.class);
    private static final double WINDOW_WIDTH = 1440;
    private static final double WINDOW_HEIGHT = 860;

    private CashierApp() {
    }

    /**
     * Runs until the cashier's window is closed.
     *
     * @throws IllegalStateException when JavaFX cannot start or the windows cannot be built
     */
    public static void run(PaymentDesk desk, String hospitalName, String bankName) {
        Objects.requireNonNull(desk, "desk");
        FxStartup.ensureRunning();
        Platform.setImplicitExit(false);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicReference<CashierRuntime> runtime = new AtomicReference<>();
        AtomicReference<Stage> displayStage = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                List<Screen> screens = Screen.getScreens();
                boolean secondScreen = screens.size() > 1;
                CashierRuntime started = CashierRuntime.start(desk, hospitalName, bankName,
                        vn.tiepdon.cashier.CustomerDisplay.DEFAULT_BACK_TO_IDLE, !secondScreen, Platform::runLater);
                runtime.set(started);
                Stage cashier = new Stage();
                cashier.setTitle(new CashierTexts().get("cashier.title").vi() + " — " + hospitalName);
                // Cashier desks often have 1366x768 panels: the window never opens larger than the screen.
                Rectangle2D room = Screen.getPrimary().getVisualBounds();
                cashier.setScene(new Scene(started.cashierView().root(),
                        Math.min(secondScreen ? 720 : WINDOW_WIDTH, room.getWidth()),
                        Math.min(WINDOW_HEIGHT, room.getHeight())));
                cashier.setMaximized(!secondScreen);
                cashier.setOnHidden(e -> closed.countDown());
                if (secondScreen) {
                    displayStage.set(fullScreenOn(otherThanPrimary(screens), started));
                }
                cashier.show();
                LOG.info("Cashier window open; customer display {}",
                        secondScreen ? "full screen on the second monitor" : "inside the cashier's window");
            } catch (RuntimeException e) {
                failure.set(e);
                closed.countDown();
            }
        });
        awaitUninterruptibly(closed);
        Platform.runLater(() -> {
            if (runtime.get() != null) {
                runtime.get().close();
            }
            if (displayStage.get() != null) {
                displayStage.get().close();
            }
        });
        Platform.exit();
        if (failure.get() != null) {
            throw new IllegalStateException("The cashier window could not be built", failure.get());
        }
    }

    private static Screen otherThanPrimary(List<Screen> screens) {
        return screens.stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst().orElse(screens.getLast());
    }

    private static Stage fullScreenOn(Screen screen, CashierRuntime runtime) {
        Rectangle2D bounds = screen.getBounds();
        Stage stage = new Stage();
        stage.setScene(new Scene(runtime.displayView().root(), bounds.getWidth(), bounds.getHeight()));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        // Closed with the cashier's window, never by a patient.
        stage.setOnCloseRequest(javafx.event.Event::consume);
        stage.show();
        stage.setFullScreen(true);
        return stage;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
