package vn.tiepdon.kiosk.fx;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import javafx.css.PseudoClass;
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
 * The kiosk window's content: a header with the hospital's logo, name and the time, the step bar, the screen for the
 * flow's current state, a footer with the way back, larger text and the language, and the hidden staff overlay.
 * Everything is built in code and styled by {@code kiosk.css} in em: the view sets the root's font size from the
 * panel's size, so the same screens fill a 1024x768 panel, a 1920x1080 one and an upright 1080x1920 one.
 * Create and use it on the JavaFX thread.
 */
public final class KioskView {

    /** The window's size when not full screen and the screen is unknown; layouts are checked from 1024x768 up. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    /** The root font size on a 1280x800 landscape panel (and 800x1280 upright); everything else is in em. */
    static final double BASE_FONT = 28;
    /** The upright panel that gets {@link #BASE_FONT}. */
    private static final double UPRIGHT_WIDTH = 1000;
    private static final double UPRIGHT_HEIGHT = 1600;
    /** Large-text mode: a quarter larger. */
    static final double LARGE_TEXT = 1.25;
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    public static final KeyCombination ADMIN_KEYS =
            new KeyCodeCombination(KeyCode.A, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN);
    static final String STYLESHEET = "/vn/tiepdon/kiosk/kiosk.css";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KioskView.class);

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
    private final Button textSizeButton;
    private final HBox stepBar = new HBox();
    private static final String[] STEP_NAMES = {"step.scan", "step.confirm", "step.service", "step.ticket"};
    private final HBox[] steps = new HBox[STEP_NAMES.length];
    private final Label[] stepNames = new Label[STEP_NAMES.length];
    private final Label clockTime = Controls.label("clockTime", "", "clock-time");
    private final Label clockDate = Controls.label("clockDate", "", "clock-date");
    private final Label subtitle = Controls.label("headerSubtitle", "", "header-subtitle");
    private final StackPane logoBox = new StackPane();
    private final javafx.beans.property.DoubleProperty scale = new javafx.beans.property.SimpleDoubleProperty(1);
    private boolean portrait;
    /** The style sheet's own root size until the panel asks for another. */
    private double appliedFontSize = BASE_FONT;
    private Runnable startScreenTouched = () -> { };
    private final java.time.Clock clock = java.time.Clock.systemDefaultZone();
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
        this.screens = new Screens(flow, scale, () -> portrait);

        Label hospital = Controls.label("hospitalName", Objects.requireNonNullElse(hospitalName, ""), "hospital-name");
        VBox names = new VBox(hospital, subtitle);
        names.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(names, Priority.ALWAYS);
        logoBox.getStyleClass().add("logo-box");
        logoBox.getChildren().add(Icons.emblem());
        VBox time = new VBox(clockTime, clockDate);
        time.setAlignment(Pos.CENTER_RIGHT);
        time.setMinWidth(Region.USE_PREF_SIZE);
        clockTime.setMaxWidth(Region.USE_PREF_SIZE);
        clockDate.setMaxWidth(Region.USE_PREF_SIZE);
        clockDate.setWrapText(false);
        clockTime.setWrapText(false);
        HBox header = new HBox(logoBox, names, time);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        stepBar.getStyleClass().add("step-bar");
        stepBar.setAlignment(Pos.CENTER);
        stepBar.setId("stepBar");
        buildSteps();
        // A touch-only kiosk has no Ctrl+Shift+A: five quick taps on the hospital's name open the admin side.
        hospital.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (secretTaps.tap(System.nanoTime())) {
                openAdmin();
            }
        });

        // Both ways out sit in the same place on every screen, at hand height.
        backButton = Controls.button("backButton", "", flow::backToStart, "footer-button", "back-button");
        textSizeButton = Controls.button("textSizeButton", "", flow::toggleLargeText, "footer-button", "secondary",
                "text-size-button");
        languageButton = Controls.button("languageButton", "", flow::toggleLanguage, "footer-button", "secondary",
                "language-button");
        Region filler = new Region();
        HBox.setHgrow(filler, Priority.ALWAYS);
        HBox footer = new HBox(backButton, filler, textSizeButton, languageButton);
        footer.getStyleClass().add("footer");
        footer.setAlignment(Pos.CENTER_LEFT);

        frame.setTop(new VBox(header, stepBar));
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

        root.widthProperty().addListener((o, a, b) -> fitPanel());
        root.heightProperty().addListener((o, a, b) -> fitPanel());
        flow.addListener(this::render);
        render(flow.state(), flow.locale());
        tickClock();
    }

    /**
     * Type and pictures follow the panel: 28 px on a 1280x800 landscape panel (or 800x1280 upright), in proportion
     * to whichever side is shorter for it, a quarter more in large-text mode. An upright panel also rearranges
     * the screens (pictures above words, tiles in a column).
     */
    private void fitPanel() {
        double width = root.getWidth();
        double height = root.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        boolean upright = height > width * 1.1;
        // Upright, the width is what runs out: a 1080-wide panel gets about the type of a 1080-wide landscape one.
        double panel = upright ? Math.min(width / UPRIGHT_WIDTH, height / UPRIGHT_HEIGHT)
                : Math.min(width / WIDTH, height / HEIGHT);
        if (upright != portrait) {
            portrait = upright;
            render(flow.state(), flow.locale());
            return;
        }
        // Large text, a long name or a ninth service may not fit at the chosen size: the type then shrinks a little
        // at a time until the screen fits, never below three quarters of the panel's normal size.
        double fontSize = BASE_FONT * panel * (flow.largeText() ? LARGE_TEXT : 1);
        double smallest = BASE_FONT * panel * 0.75;
        applyFontSize(fontSize);
        while (fontSize * 0.95 >= smallest && !fits(width, height)) {
            fontSize *= 0.95;
            applyFontSize(fontSize);
        }
    }

    /**
     * The root's style changes only when the size does: a new inline style restyles the whole tree, while styling
     * only the new screen's nodes (so that they can be measured) costs little.
     */
    private void applyFontSize(double fontSize) {
        double rounded = Math.round(fontSize * 10) / 10.0;
        if (rounded != appliedFontSize) {
            appliedFontSize = rounded;
            root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", rounded));
            scale.set(rounded / BASE_FONT);
        }
        root.applyCss();
    }

    private boolean fits(double width, double height) {
        return frame.minWidth(-1) <= width + 0.5 && frame.prefHeight(width) <= height + 0.5;
    }

    /** The header's clock, to the minute. */
    private void tickClock() {
        java.time.ZonedDateTime now = showClock();
        timer.schedule(java.time.Duration.ofSeconds(60 - now.getSecond()), this::tickClock);
    }

    /** The time and, in the screen's language, the date. */
    private java.time.ZonedDateTime showClock() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock);
        clockTime.setText(String.format(Locale.ROOT, "%02d:%02d", now.getHour(), now.getMinute()));
        clockDate.setText(texts.dateWithWeekday(now.toLocalDate()));
        return now;
    }

    /** The hospital's own logo instead of the drawn emblem; a picture that cannot be read keeps the emblem. */
    public void showLogo(java.nio.file.Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            javafx.scene.image.Image image = new javafx.scene.image.Image(in);
            if (image.isError()) {
                throw new java.io.IOException(String.valueOf(image.getException()));
            }
            javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(logoBox.widthProperty().multiply(0.9));
            view.fitHeightProperty().bind(logoBox.heightProperty().multiply(0.9));
            logoBox.getChildren().setAll(view);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Hospital logo {} not shown: {}", file, e.toString());
        }
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
            if (flow.state() instanceof KioskState.Attract || flow.state() instanceof KioskState.OutOfService) {
                startScreenTouched.run();
            }
        }
    }

    /** Told when someone touches the start screen (the voice greets them then, not at every return). */
    public void onStartScreenTouched(Runnable action) {
        startScreenTouched = Objects.requireNonNull(action, "action");
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
        subtitle.setText(texts.get("header.subtitle"));
        showClock();
        showSteps(state);
        textSizeButton.setText(texts.get(flow.largeText() ? "text.normal" : "text.larger"));
        idleQuestion.setText(texts.get("idle.question"));
        continueButton.setText(texts.get("idle.continue"));
        if (idleWarning.isVisible()) {
            idleCountdown.setText(texts.get("idle.countdown", idleSecondsLeft));
        }
        frame.setCenter(screens.build(state, texts));
        fitPanel();
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

    /** Which of the four steps the patient is on; none on the start screen's warnings and the error screens. */
    static int step(KioskState state) {
        return switch (state) {
            case KioskState.Attract a -> 1;
            case KioskState.Rejected r -> 1;
            case KioskState.Confirm c -> 2;
            case KioskState.ChooseService c -> 3;
            case KioskState.Paying p -> 3;
            case KioskState.PaymentExpired e -> 3;
            case KioskState.Printing p -> 4;
            case KioskState.Done d -> 4;
            case KioskState.PrintFailed f -> 4;
            case KioskState.NotIssued n -> 0;
            case KioskState.OutOfService o -> 0;
        };
    }

    /** The four steps, built once: only their names and which is done or current change. */
    private void buildSteps() {
        for (int i = 1; i <= STEP_NAMES.length; i++) {
            Label number = Controls.label(null, String.valueOf(i), "step-number");
            number.setMaxWidth(Region.USE_PREF_SIZE);
            Label name = Controls.label(null, "", "step-name");
            name.setWrapText(false);
            // Never "Chọn dịc…": a bar that cannot hold the names makes the type smaller (see fitPanel).
            name.setMinWidth(Region.USE_PREF_SIZE);
            name.setMaxWidth(Region.USE_PREF_SIZE);
            number.setMinWidth(Region.USE_PREF_SIZE);
            HBox step = new HBox(number, name);
            step.setAlignment(Pos.CENTER);
            step.getStyleClass().add("step");
            step.setId("step" + i);
            if (i > 1) {
                Label arrow = Controls.label(null, "›", "step-arrow");
                arrow.setMaxWidth(Region.USE_PREF_SIZE);
                stepBar.getChildren().add(arrow);
            }
            stepBar.getChildren().add(step);
            steps[i - 1] = step;
            stepNames[i - 1] = name;
        }
    }

    private void showSteps(KioskState state) {
        int current = step(state);
        stepBar.setVisible(current > 0);
        stepBar.setManaged(current > 0);
        for (int i = 1; i <= STEP_NAMES.length; i++) {
            stepNames[i - 1].setText(texts.get(STEP_NAMES[i - 1]));
            steps[i - 1].pseudoClassStateChanged(DONE, i < current);
            steps[i - 1].pseudoClassStateChanged(CURRENT, i == current);
        }
    }
}
