package vn.tiepdon.kiosk.fx;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.tiepdon.identity.ScanChannel;
import vn.tiepdon.kiosk.AdminConsole;
import vn.tiepdon.kiosk.AdminStatus;
import vn.tiepdon.kiosk.KeyboardScanDetector;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.KioskState;
import vn.tiepdon.kiosk.KioskTimer;
import vn.tiepdon.kiosk.SecretTaps;
import vn.tiepdon.kiosk.Texts;

/**
 * The kiosk window's content: a header with the hospital name, the screen for the flow's
 * current state, a footer with the way back and the language button, and the hidden
 * staff overlay. Everything is built in code and styled by {@code kiosk.css}.
 * Create and use it on the JavaFX thread.
 */
public final class KioskView {

    /** A common kiosk panel; layouts are also checked at 1024x768. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    public static final KeyCombination ADMIN_KEYS =
            new KeyCodeCombination(KeyCode.A, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN);
    static final String STYLESHEET = "/vn/tiepdon/kiosk/kiosk.css";

    private final KioskFlow flow;
    private final Screens screens;
    private final AdminStatus adminStatus;
    private final KioskTimer timer;
    /** Built the first time staff open it: patients never see it, and the first screen comes up sooner. */
    private AdminOverlay adminOverlay;
    /** Empty without a PIN: then Ctrl+Shift+A and the taps show the status overlay instead. */
    private final AdminConsole adminConsole;
    private AdminScreen adminScreen;
    private final SecretTaps secretTaps = new SecretTaps();
    private Class<? extends KioskState> shownState;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final Button languageButton;
    private final Button backButton;
    private Scene scene;
    private final StackPane idleWarning = new StackPane();
    private final Label idleQuestion = Controls.label("idleQuestion", "", "title");
    private final Label idleCountdown = Controls.label("idleCountdown", "", "message");
    private final Button continueButton;
    private KioskTimer.Cancellable idleTick = KioskTimer.Cancellable.NONE;
    private long idleSecondsLeft;
    private Texts texts;

    private KioskView(String hospitalName, KioskFlow flow, AdminStatus adminStatus, KioskTimer timer,
                      AdminConsole adminConsole) {
        this.flow = flow;
        this.timer = timer;
        this.adminConsole = adminConsole;
        this.screens = new Screens(flow);

        Label hospital = Controls.label("hospitalName", Objects.requireNonNullElse(hospitalName, ""), "hospital-name");
        HBox.setHgrow(hospital, Priority.ALWAYS);
        HBox header = new HBox(hospital);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        // A touch-only kiosk has no Ctrl+Shift+A: five quick taps on the hospital's name open the admin side.
        hospital.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (secretTaps.tap(System.nanoTime())) {
                openAdmin();
            }
        });

        // Both ways out sit in the same place on every screen, at hand height.
        backButton = Controls.button("backButton", "", flow::backToStart, "back-button");
        languageButton = Controls.button("languageButton", "", flow::toggleLanguage, "language-button");
        Region filler = new Region();
        HBox.setHgrow(filler, Priority.ALWAYS);
        HBox footer = new HBox(backButton, filler, languageButton);
        footer.getStyleClass().add("footer");
        footer.setAlignment(Pos.CENTER_LEFT);

        frame.setTop(header);
        frame.setBottom(footer);
        frame.getStyleClass().add("frame");

        this.adminStatus = adminStatus;
        root.getChildren().add(frame);
        root.getStyleClass().add("kiosk");
        root.setId("kioskRoot");
        URL css = Objects.requireNonNull(KioskView.class.getResource(STYLESHEET), STYLESHEET);
        root.getStylesheets().add(css.toExternalForm());
        // Every touch anywhere keeps the patient's session alive.
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> patientTouch());
        root.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> patientTouch());

        // A patient about to be sent back sees why, and how long is left, with one big way to stay.
        continueButton = Controls.button("continueButton", "", flow::touch, "primary");
        VBox idleCard = new VBox(idleQuestion, idleCountdown, continueButton);
        idleCard.getStyleClass().addAll("card", "message-card", "idle-card");
        idleCard.setAlignment(Pos.CENTER);
        idleCard.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        idleWarning.getChildren().add(idleCard);
        idleWarning.getStyleClass().add("idle-overlay");
        idleWarning.setId("idleWarning");
        idleWarning.setVisible(false);
        root.getChildren().add(idleWarning);
        flow.addIdleWarningListener(this::idleWarning);

        flow.addListener(this::render);
        render(flow.state(), flow.locale());
    }

    private void idleWarning(java.util.Optional<java.time.Duration> left) {
        idleTick.cancel();
        idleTick = KioskTimer.Cancellable.NONE;
        idleWarning.setVisible(left.isPresent());
        if (left.isPresent()) {
            idleSecondsLeft = Math.max(1, left.get().toSeconds());
            showIdleSeconds();
        }
    }

    /** The seconds count down on screen; the flow itself decides when time is up. */
    private void showIdleSeconds() {
        idleCountdown.setText(texts.get("idle.countdown", idleSecondsLeft));
        if (idleSecondsLeft > 1) {
            idleTick = timer.schedule(java.time.Duration.ofSeconds(1), () -> {
                idleSecondsLeft--;
                showIdleSeconds();
            });
        }
    }

    /** Builds the view for a flow and starts following it. Call on the JavaFX thread. */
    public static KioskView create(String hospitalName, KioskFlow flow, AdminStatus adminStatus) {
        return create(hospitalName, flow, adminStatus, new FxTimer());
    }

    /**
     * @param timer decides keyboard-wedge bursts that went quiet (see {@link KeyboardWedge});
     *              the kiosk's own timer, so tests that move time by hand control it too
     */
    public static KioskView create(String hospitalName, KioskFlow flow, AdminStatus adminStatus, KioskTimer timer) {
        return create(hospitalName, flow, adminStatus, timer, null);
    }

    /**
     * @param adminConsole the admin screen behind its PIN; null (or no PIN set) leaves only the status overlay
     */
    public static KioskView create(String hospitalName, KioskFlow flow, AdminStatus adminStatus, KioskTimer timer,
                                   AdminConsole adminConsole) {
        return new KioskView(hospitalName, Objects.requireNonNull(flow, "flow"),
                Objects.requireNonNull(adminStatus, "adminStatus"), Objects.requireNonNull(timer, "timer"),
                adminConsole);
    }

    /** The content alone, e.g. to snapshot it; the staff key only works through {@link #scene()}. */
    public Parent root() {
        return root;
    }

    /**
     * A {@value #WIDTH} x {@value #HEIGHT} scene holding the view, with the staff overlay key and
     * the reading of scanners in keyboard mode.
     */
    public Scene scene() {
        if (scene == null) {
            scene = new Scene(root, WIDTH, HEIGHT);
            // Before the keyboard-wedge filter, which leaves consumed and Ctrl-ed keys alone.
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (ADMIN_KEYS.match(e)) {
                    openAdmin();
                    e.consume();
                }
            });
            KeyboardWedge.install(scene, this::keyboardScan, timer, System::nanoTime,
                    KeyboardScanDetector.Settings.DEFAULT);
        }
        return scene;
    }

    /**
     * IT working on the admin screen does not keep a patient's screen alive underneath: a patient who walked away
     * from their confirmation is sent back to the start as usual, their name not kept behind the admin screen.
     */
    private void patientTouch() {
        if (!adminScreenShowing()) {
            flow.touch();
        }
    }

    /** A keyboard-mode scan joins the serial ones: the same flow, the parser decides what it is. */
    private void keyboardScan(String text) {
        adminStatus.keyboardScanSeen();
        flow.scan(text.getBytes(StandardCharsets.UTF_8), ScanChannel.KEYBOARD);
    }

    /**
     * What Ctrl+Shift+A and the five taps do: the admin screen's PIN pad when a PIN is set (again: closes it),
     * else the status overlay with the way to set a PIN.
     */
    public void openAdmin() {
        if (adminConsole == null || !adminConsole.pinConfigured()) {
            toggleAdminOverlay();
            return;
        }
        if (adminScreen == null) {
            adminScreen = new AdminScreen(adminConsole, flow.services(), Texts.of(flow.locale()), timer);
            root.getChildren().add(adminScreen.node());
        }
        if (adminScreen.isShowing()) {
            adminScreen.close();
        } else {
            adminScreen.open();
        }
    }

    public boolean adminScreenShowing() {
        return adminScreen != null && adminScreen.isShowing();
    }

    public void toggleAdminOverlay() {
        if (adminOverlay == null) {
            adminOverlay = new AdminOverlay(adminStatus, Texts.of(flow.locale()),
                    adminConsole != null && adminConsole.pinConfigured());
            root.getChildren().add(adminOverlay.node());
        }
        adminOverlay.toggle();
    }

    public boolean adminOverlayShowing() {
        return adminOverlay != null && adminOverlay.isShowing();
    }

    private void render(KioskState state, Locale locale) {
        texts = Texts.of(locale);
        idleQuestion.setText(texts.get("idle.question"));
        continueButton.setText(texts.get("idle.continue"));
        if (idleWarning.isVisible()) {
            idleCountdown.setText(texts.get("idle.countdown", idleSecondsLeft));
        }
        frame.setCenter(screens.build(state, texts));
        languageButton.setText(texts.get("language.switch"));
        backButton.setText(texts.get("nav.back"));
        // The start screen is the way back; while printing, the number must be shown before leaving. The
        // time-up screen has its own big "start again" beside "pay at the counter": one way back, not two.
        boolean canGoBack = !(state instanceof KioskState.Attract) && !(state instanceof KioskState.OutOfService)
                && !(state instanceof KioskState.Printing)
                && !(state instanceof KioskState.PaymentExpired);
        backButton.setVisible(canGoBack);
        if (adminOverlay != null) {
            adminOverlay.setTexts(texts);
        }
        if (adminScreen != null) {
            adminScreen.setTexts(texts);
            // A patient who scans while IT is on the admin screen comes first: the flow has taken the scan
            // underneath, and the admin screen makes way so the patient sees their screen.
            if (adminScreen.isShowing() && !(state instanceof KioskState.Attract)
                    && !(state instanceof KioskState.OutOfService) && state.getClass() != shownState) {
                adminScreen.close();
            }
        }
        shownState = state.getClass();
    }
}
