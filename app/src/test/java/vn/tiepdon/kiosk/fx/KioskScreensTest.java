package vn.tiepdon.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.scanOf;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.scanRejectedFor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.identity.CitizenId;
import vn.tiepdon.identity.IdentityReader;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.identity.ScanResult;
import vn.tiepdon.identity.Sex;
import vn.tiepdon.kiosk.AdminStatus;
import vn.tiepdon.kiosk.BillUpdate;
import vn.tiepdon.kiosk.OneCodePayments;
import vn.tiepdon.kiosk.CountingScanCounter;
import vn.tiepdon.kiosk.FakeTicketIssuer;
import vn.tiepdon.kiosk.FlowSettings;
import vn.tiepdon.kiosk.KioskFixtures;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.ManualTimer;
import vn.tiepdon.kiosk.QueuedExecutor;
import vn.tiepdon.kiosk.ScriptedIdentityReader;
import vn.tiepdon.queue.Service;
import vn.tiepdon.ticket.PrintProblem;

/**
 * Renders every screen in both languages at the two usual kiosk panel sizes, writes them to
 * {@code target/screens} for people to look at, and checks that nothing is cut off: no label
 * shortened with an ellipsis, nothing outside the panel.
 */
class KioskScreensTest {

    private static final Path OUT = Path.of("target", "screens");

    /** The longest name the screens should be ready for. */
    private static final CitizenId LONG_NAME = new CitizenId("079305001234", "", "Tôn Nữ Hoàng Thị Phương Quỳnh Như",
            LocalDate.of(1948, 12, 31), Sex.FEMALE, "", LocalDate.of(2024, 7, 1));
    /** The same long name as a keyboard-mode scanner types it, letters lost: the note must fit too. */
    private static final CitizenId LOST_LETTERS = new CitizenId("001090123456", "", "T?n N? Ho?ng Th? Ph??ng Qu?nh Nh?",
            LocalDate.of(1948, 12, 31), Sex.FEMALE, "", LocalDate.of(2024, 7, 1), true);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Six is a busy outpatient department; nine is more than the screens are laid out for, but must still fit. */
    private static final List<Service> SIX_SERVICES = List.of(KioskFixtures.KHAM_BHYT, KioskFixtures.KHAM_DICH_VU,
            KioskFixtures.XET_NGHIEM,
            new Service("KSK", "D", "Khám sức khỏe định kỳ", "Regular health check-up", 0, "Phòng 105, tầng 1", "",
                    "heart"),
            new Service("CDHA", "E", "Chẩn đoán hình ảnh", "Imaging (X-ray, ultrasound)", 0, "Khu B, tầng 1", "",
                    "x-ray"),
            new Service("RHM", "F", "Khám Răng Hàm Mặt", "Dental and maxillofacial", 0, "Phòng 302, tầng 3", "",
                    "tooth"));
    private static final List<Service> NINE_SERVICES = Stream.concat(SIX_SERVICES.stream(), Stream.of(
            new Service("NHI", "G", "Khám Nhi", "Children", 0, "", "", "child"),
            new Service("TIEM", "H", "Tiêm chủng", "Vaccination", 0, "", "", "syringe"),
            new Service("VLTL", "K", "Vật lý trị liệu", "Physiotherapy"))).toList();

    record Screen(String name, boolean english, List<Service> services, Consumer<Setup> reach, boolean large) {
        Screen(String name, boolean english, Consumer<Setup> reach) {
            this(name, english, KioskFixtures.SERVICES, reach, false);
        }

        Screen(String name, boolean english, List<Service> services, Consumer<Setup> reach) {
            this(name, english, services, reach, false);
        }

        Screen inLargeText() {
            return new Screen(name, english, services, reach, true);
        }

        @Override
        public String toString() {
            return name + (english ? "-en" : "-vi") + (large ? "-large" : "");
        }
    }

    /** What a screen needs to be reached. */
    record Setup(KioskFlow flow, FakeTicketIssuer issuer, QueuedExecutor worker, KioskView view,
                 OneCodePayments payments, ManualTimer timer) {
    }

    /** A consultation with a price, paid by QR at the kiosk. */
    static final Service PRICED = new Service("KDV", "B", "Khám dịch vụ", "Private visit", 150_000);
    /** The paying screen shows 4 min 59 s left on a clock fixed at 02:30:00. */
    static final Instant NOW = Instant.parse("2026-11-25T02:30:00Z");

    /** Reaches the paying screen as a patient without a card. */
    static void paying(Setup s) {
        s.flow().takeWithoutCard();
        s.flow().chooseService(PRICED);
        s.worker().runAll();
    }

    static Stream<Arguments> screens() {
        List<Screen> screens = new ArrayList<>();
        for (boolean english : new boolean[] {false, true}) {
            screens.add(new Screen("1-attract", english, s -> { }));
            screens.add(new Screen("2-confirm", english, s -> s.flow().scan(scanOf(LONG_NAME))));
            screens.add(new Screen("2-confirm-name-unverified", english, s -> s.flow().scan(scanOf(LOST_LETTERS))));
            screens.add(new Screen("3-choose-service", english, s -> {
                s.flow().scan(scanOf(LONG_NAME));
                s.flow().confirm();
            }));
            screens.add(new Screen("3-choose-service-priority", english, s -> s.flow().takePriorityWithoutCard()));
            screens.add(new Screen("5-done-priority-elder", english, s -> {
                s.issuer().startNumbersAt(KioskFixtures.KHAM_BHYT.code(), 3, 0);
                s.flow().scan(scanOf(LONG_NAME));
                s.flow().confirm();
                s.flow().chooseService(KioskFixtures.KHAM_BHYT);
                s.worker().runAll();
            }));
            screens.add(new Screen("3-choose-service-six", english, SIX_SERVICES, s -> s.flow().takeWithoutCard()));
            screens.add(new Screen("3-choose-service-nine", english, NINE_SERVICES, s -> s.flow().takeWithoutCard()));
            screens.add(new Screen("4-printing", english, s -> {
                s.flow().takeWithoutCard();
                s.flow().chooseService(KioskFixtures.KHAM_BHYT);
            }));
            screens.add(new Screen("5-done", english, s -> {
                s.issuer().startNumbersAt(KioskFixtures.KHAM_BHYT.code(), 26, 12);
                s.flow().takeWithoutCard();
                s.flow().chooseService(KioskFixtures.KHAM_BHYT);
                s.worker().runAll();
            }));
            screens.add(new Screen("6-print-failed", english, s -> {
                s.issuer().startNumbersAt(KioskFixtures.KHAM_BHYT.code(), 26, 12);
                s.issuer().thenProblem(PrintProblem.UNREACHABLE);
                s.flow().takeWithoutCard();
                s.flow().chooseService(KioskFixtures.KHAM_BHYT);
                s.worker().runAll();
            }));
            screens.add(new Screen("7-rejected", english,
                    s -> s.flow().scan(scanRejectedFor(RejectionReason.CHECK_FAILED))));
            screens.add(new Screen("8-not-issued", english, s -> {
                s.issuer().failWith(new IllegalStateException("database locked"));
                s.flow().takeWithoutCard();
                s.flow().chooseService(KioskFixtures.KHAM_BHYT);
                s.worker().runAll();
            }));
            screens.add(new Screen("9-admin", english, s -> s.view().toggleAdminOverlay()));
            screens.add(new Screen("1-out-of-service", english, s -> s.flow().deviceReady("printer", false)));
            screens.add(new Screen("3-choose-service-idle-warning", english, s -> {
                s.flow().takeWithoutCard();
                s.timer().advance(KioskFixtures.IDLE.minusSeconds(10));
            }));
            screens.add(new Screen("10-paying", english, KioskScreensTest::paying));
            screens.add(new Screen("11-payment-expired", english, s -> {
                paying(s);
                s.payments().report(BillUpdate.Status.CLOSED, 0);
            }));
            screens.add(new Screen("12-done-paid", english, s -> {
                paying(s);
                s.payments().report(BillUpdate.Status.PAID, 150_000);
                s.worker().runAll();
            }));
            screens.add(new Screen("13-done-short-paid", english, s -> {
                paying(s);
                s.payments().report(BillUpdate.Status.SHORT_PAID, 100_000);
                s.worker().runAll();
            }));
            screens.add(new Screen("14-done-pay-at-counter", english, s -> {
                paying(s);
                s.flow().payAtCounter();
                s.worker().runAll();
            }));
        }
        List<Arguments> all = new ArrayList<>();
        for (int[] size : SIZES) {
            for (Screen screen : screens) {
                all.add(Arguments.of(screen, size[0], size[1]));
                all.add(Arguments.of(screen.inLargeText(), size[0], size[1]));
            }
        }
        return all.stream();
    }

    /** The panels kiosks stand with: an old 4:3 PC, a 5:4 monitor, a 21.5-inch full HD, and that panel upright. */
    static final int[][] SIZES = {{1024, 768}, {1280, 1024}, {1920, 1080}, {1080, 1920}};
    /** 15 mm and 8 mm on a 21.5-inch 1920x1080 panel (about 102 dots per inch). */
    static final double MIN_TARGET = 60;
    static final double MIN_GAP = 32;

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("screens")
    void rendersWithNothingCutOff(Screen screen, int width, int height) throws Exception {
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> render(screen, width, height)).get();

        assertThat(problems).isEmpty();
    }

    /**
     * The panel the type is designed on (and the demo's window): the start screen comes up at its full 28 px. It
     * overflowed by two pixels once, so the kiosk restyled every node a second time, smaller, at each start.
     */
    @Test
    void startScreenHasItsFullSizeOnTheReferencePanel() throws Exception {
        Screen start = new Screen("1-attract", false, s -> { });

        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = render(start, 1280, 800);
            checkMainText(LAST_SCREEN.get(), found);
            return found;
        }).get();

        assertThat(problems).isEmpty();
    }

    /** The centre of the last screen {@link #render} drew. */
    private static final java.util.concurrent.atomic.AtomicReference<Node> LAST_SCREEN =
            new java.util.concurrent.atomic.AtomicReference<>();

    private static List<String> render(Screen screen, int width, int height) throws Exception {
        FakeTicketIssuer issuer = new FakeTicketIssuer();
        QueuedExecutor worker = new QueuedExecutor();
        CountingScanCounter counter = new CountingScanCounter();
        IdentityReader reader = raw -> {
            String text = new String(raw);
            if (text.equals(LONG_NAME.idNumber())) {
                return new ScanResult.Accepted(LONG_NAME);
            }
            return text.equals(LOST_LETTERS.idNumber())
                    ? new ScanResult.Accepted(LOST_LETTERS) : new ScriptedIdentityReader().read(raw);
        };
        FlowSettings settings = new FlowSettings(screen.services(), FlowSettings.VIETNAMESE, KioskFixtures.IDLE,
                KioskFixtures.DONE_DISPLAY);
        OneCodePayments payments = new OneCodePayments(NOW.plus(Duration.ofMinutes(4)).plusSeconds(59));
        ManualTimer timer = new ManualTimer();
        KioskFlow flow = new KioskFlow(settings, reader, counter, issuer, payments,
                Clock.fixed(NOW, ZoneOffset.UTC), timer, worker, Runnable::run);
        AdminStatus admin = new AdminStatus("serial /dev/ttyACM0 @9600", "tcp:192.168.1.50:9100",
                () -> "scans: 41 accepted, 3 rejected (URL 2, GARBLED 1)\ntickets: A 27, B 9, C 4");
        admin.scannerConnection(false, "port closed: device unplugged");
        // The overlay at its fullest: a keyboard-mode scanner was seen too.
        admin.keyboardScanSeen();
        KioskView view = KioskView.create(KioskFixtures.kioskSettings().hospitalName(), flow, admin, timer);
        if (screen.english()) {
            flow.toggleLanguage();
        }
        if (screen.large()) {
            flow.toggleLargeText();
        }
        screen.reach().accept(new Setup(flow, issuer, worker, view, payments, timer));

        List<String> problems = shoot(view.root(), width, height, screen.toString());
        LAST_SCREEN.set(((BorderPane) view.root().lookup(".frame")).getCenter());
        if (width == 1280 && height == 1024 && !screen.large()) {
            checkMainText(LAST_SCREEN.get(), problems);
        }
        return problems;
    }

    /** The issue's floor for what a patient reads on a 1280x1024 panel: 28 px, also with six or nine services. */
    static final double MAIN_TEXT = 28;

    /** Every word on the screen itself (not the header's small lines or the step bar) is at least {@link #MAIN_TEXT}. */
    private static void checkMainText(Node screen, List<String> problems) {
        if (screen == null || !screen.isVisible()) {
            return;
        }
        if (screen instanceof Labeled labeled && !labeled.getText().isEmpty()
                && labeled.getFont().getSize() < MAIN_TEXT - 0.05) {
            problems.add("text " + labeled.getFont().getSize() + " px < " + MAIN_TEXT + ": " + labeled.getText());
        }
        if (screen instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> checkMainText(child, problems));
        }
    }

    /**
     * Lays a kiosk's content out on a panel of the given size, writes it to {@code target/screens/WxH/name.png}
     * and lists what does not fit.
     */
    static List<String> shoot(Parent root, int width, int height, String name) throws java.io.IOException {
        new Scene(root, width, height);
        // The view sizes its type from the panel once laid out: a second pass lays out at that size.
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.layout();
        }
        WritableImage image = root.snapshot(null, null);
        PngFiles.write(image, OUT.resolve(width + "x" + height).resolve(name + ".png"));

        List<String> problems = new ArrayList<>();
        if ((int) image.getWidth() != width || (int) image.getHeight() != height) {
            problems.add("image is " + image.getWidth() + "x" + image.getHeight());
        }
        check(root, width, height, problems);
        Node frame = root.lookup(".frame");
        if (frame != null && overlaysHidden(root)) {
            Bounds panel = frame.localToScene(frame.getLayoutBounds());
            if (panel.getWidth() < width - 0.5 || panel.getHeight() < height - 0.5) {
                problems.add("bands: the kiosk fills " + panel + " of " + width + "x" + height);
            }
            List<Node> targets = new ArrayList<>();
            List<Node> words = new ArrayList<>();
            collect(frame, targets, words);
            checkTargets(targets, problems);
            checkOverlaps(words, problems);
            checkTilesFill(root, problems);
        }
        return problems;
    }

    /** The idle warning and the staff overlay lie over the screen on purpose. */
    private static boolean overlaysHidden(Parent root) {
        Node idle = root.lookup("#idleWarning");
        Node admin = root.lookup(".admin-overlay");
        return (idle == null || !idle.isVisible()) && (admin == null || !admin.isVisible());
    }

    /** Buttons are targets; labels and texts outside buttons are what must not overlap. */
    private static void collect(Node node, List<Node> targets, List<Node> words) {
        if (!node.isVisible()) {
            return;
        }
        if (node.getStyleClass().contains("service-tile")) {
            // A tile's words lie over its button on purpose: the tile is one target.
            Node button = ((Parent) node).getChildrenUnmodifiable().getFirst();
            targets.add(button);
            words.add(button);
            return;
        }
        if (node instanceof javafx.scene.control.ButtonBase) {
            targets.add(node);
            words.add(node);
            return;
        }
        if (node instanceof Labeled) {
            words.add(node);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, targets, words);
            }
        }
    }

    private static void checkTargets(List<Node> targets, List<String> problems) {
        for (int i = 0; i < targets.size(); i++) {
            Bounds a = scene(targets.get(i));
            if (a.getWidth() < MIN_TARGET || a.getHeight() < MIN_TARGET) {
                problems.add("target under 15 mm: " + targets.get(i).getId() + " " + size(a));
            }
            for (int j = i + 1; j < targets.size(); j++) {
                Bounds b = scene(targets.get(j));
                double gap = Math.max(Math.max(b.getMinX() - a.getMaxX(), a.getMinX() - b.getMaxX()),
                        Math.max(b.getMinY() - a.getMaxY(), a.getMinY() - b.getMaxY()));
                if (gap < MIN_GAP) {
                    problems.add("targets closer than 8 mm: " + targets.get(i).getId() + " and "
                            + targets.get(j).getId() + " (" + Math.round(gap) + " px)");
                }
            }
        }
    }

    private static void checkOverlaps(List<Node> words, List<String> problems) {
        for (int i = 0; i < words.size(); i++) {
            Bounds a = scene(words.get(i));
            for (int j = i + 1; j < words.size(); j++) {
                Bounds b = scene(words.get(j));
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > 1 && h > 1) {
                    problems.add("overlap: " + describe(words.get(i)) + " and " + describe(words.get(j)));
                }
            }
        }
    }

    /** On the service screen the tiles take at least half the room from their top to the footer. */
    private static void checkTilesFill(Parent root, List<String> problems) {
        Node grid = root.lookup(".service-grid");
        Node screen = root.lookup("#chooseServiceScreen");
        if (grid == null || screen == null) {
            return;
        }
        Bounds whole = scene(screen);
        double top = scene(grid).getMinY();
        double room = whole.getWidth() * (whole.getMaxY() - top);
        double tiles = 0;
        for (Node tile : ((Parent) grid).getChildrenUnmodifiable()) {
            Bounds b = scene(tile);
            tiles += b.getWidth() * b.getHeight();
        }
        double share = tiles / room;
        if (share < 0.5) {
            problems.add("tiles fill only " + Math.round(share * 100) + "% of the screen");
        }
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static String size(Bounds b) {
        return Math.round(b.getWidth()) + "x" + Math.round(b.getHeight());
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? l.getText() : "";
        return (node.getId() == null ? "" : "#" + node.getId()) + " '" + text + "'";
    }

    private static void check(Node node, int width, int height, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && labeled.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            Node shown = labeled.lookup(".text");
            if (shown instanceof Text text && !text.getText().equals(labeled.getText())) {
                problems.add("cut short: '" + labeled.getText() + "' shown as '" + text.getText() + "'");
            }
            Bounds b = labeled.localToScene(labeled.getBoundsInLocal());
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
                problems.add("outside the panel: '" + labeled.getText() + "' at " + b);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                check(child, width, height, problems);
            }
        }
    }
}
