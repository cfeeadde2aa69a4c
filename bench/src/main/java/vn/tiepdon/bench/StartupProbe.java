package vn.tiepdon.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.tiepdon.cli.Main;

/**
 * One cold start, measured from the JVM's start to the first frame of its first window, then exit.
 * The same probe watches both programs, so neither is measured differently.
 * <p>
 * Usage: {@code StartupProbe bare} or {@code StartupProbe kiosk SETTINGS_FILE}.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        watchForFirstFrame();
        if ("bare".equals(args[0])) {
            Application.launch(Bare.class);
        } else {
            Main.main(new String[] {"kiosk", "--windowed", "--config", args[1]});
        }
    }

    /** The smallest JavaFX program: one window, one label. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Tiếp Đón"), 1280, 800));
            stage.show();
        }
    }

    private static void watchForFirstFrame() {
        Thread watcher = new Thread(() -> {
            while (true) {
                CountDownLatch checked = new CountDownLatch(1);
                try {
                    Platform.runLater(() -> {
                        Window shown = Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null);
                        if (shown != null && shown.getScene() != null) {
                            // The frame after the window is shown: the screen the user sees is drawn.
                            shown.getScene().addPostLayoutPulseListener(() -> {
                                System.out.println("first-frame-ms " + ManagementFactory.getRuntimeMXBean().getUptime());
                                System.out.flush();
                                Runtime.getRuntime().halt(0);
                            });
                            Platform.requestNextPulse();
                        } else {
                            checked.countDown();
                        }
                    });
                    checked.await();
                } catch (IllegalStateException toolkitNotYetUp) {
                    // JavaFX is not started yet.
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "first-frame-probe");
        watcher.setDaemon(true);
        watcher.start();
    }
}
