package vn.tiepdon.cashier.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.cashier.DeskFixture;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.MaskedAccount;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.payment.desk.PaymentDesk;

/**
 * Renders the customer display at 1920×1080 in every state, and the cashier's window with the display in it, to
 * {@code target/screens/cashier} for people to look at; checks nothing is cut off and the code is big and readable.
 */
class CashierScreensTest {

    private static final Path OUT = Path.of("target", "screens", "cashier");
    /** The longest bill number a code carries, and an amount with long words. */
    private static final String LONG_BILL = "HD20261125000123";

    @TempDir
    static Path tmp;

    private DeskFixture fixture;
    private CashierRuntime runtime;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        fixture = new DeskFixture(tmp.resolve(UUID.randomUUID().toString()));
    }

    /** @param displayInWindow false: the display has a screen of its own */
    private void start(boolean displayInWindow) throws Exception {
        runtime = WaitForAsyncUtils.asyncFx(() -> CashierRuntime.start(fixture.desk,
                "Bệnh viện Đa khoa Tỉnh Thừa Thiên Huế", "Vietcombank (VCB)", Duration.ofSeconds(10),
                displayInWindow, Runnable::run)).get(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        if (runtime != null) {
            WaitForAsyncUtils.asyncFx(runtime::close).get(10, TimeUnit.SECONDS);
        }
        fixture.close();
    }

    record State(String name, Consumer<PaymentDesk> reach) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<State> states() {
        return Stream.of(
                new State("1-idle", desk -> { }),
                new State("2-awaiting", desk -> desk.request(1_987_654_321L, LONG_BILL, "Vien phi")),
                new State("3-paid", desk -> {
                    desk.request(150_000, LONG_BILL, "");
                    desk.receive(new TransferNotification("FT1", 150_000, LONG_BILL, desk.clock().instant()));
                }),
                new State("4-short-paid", desk -> {
                    desk.request(150_000, LONG_BILL, "");
                    desk.receive(new TransferNotification("FT1", 100_000, LONG_BILL, desk.clock().instant()));
                }),
                new State("5-expired", desk -> {
                    desk.request(150_000, LONG_BILL, "");
                    ((vn.tiepdon.testing.MovableClock) desk.clock()).advance(Duration.ofMinutes(16));
                    desk.expireDue();
                }),
                new State("6-cancelled", desk -> {
                    desk.request(150_000, LONG_BILL, "");
                    desk.cancel(LONG_BILL, "khách đổi ý");
                }));
    }

    @ParameterizedTest
    @MethodSource("states")
    void theDisplayAt1920x1080ShowsEveryStateWithoutCuttingText(State state) throws Exception {
        start(false);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            state.reach().accept(fixture.desk);
            Parent display = runtime.displayView().root();
            Scene scene = new Scene(display, 1920, 1080);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            assertNothingCut(display, 1920, 1080);
            return scene.snapshot(null);
        }).get(20, TimeUnit.SECONDS);
        Snapshots.writePng(image, OUT.resolve("display-" + state + ".png"));
        if (state.name().equals("2-awaiting")) {
            assertThat(Snapshots.readQr(image)).isEqualTo(fixture.desk.status(LONG_BILL).orElseThrow().payload());
            ImageView qr = (ImageView) runtime.displayView().root().lookup("#displayQr");
            assertThat(qr.isSmooth()).isFalse();
            assertThat(qr.getImage().getHeight()).isBetween(1080 * 0.55, 1080 * 0.62);
        }
    }

    @Test
    void theCashierWindowHoldsTheFormTheListAndTheDisplay() throws Exception {
        start(true);
        WritableImage image = window(() -> {
            fixture.desk.request(150_000, "HD123", "Vien phi");
            fixture.desk.request(320_000, "HD124", "");
            fixture.desk.receive(new TransferNotification("FT1", 300_000, "HD124", fixture.clock.instant()));
            fixture.desk.request(1_250_000, "HD125", "");
            fixture.desk.markPaid("HD125", PaymentOutcome.Method.CASH, "tiền mặt");
            fixture.desk.request(85_000, "HD126", "");
        }, 1440, 860, "cashier-window.png");
        Parent window = runtime.cashierView().root();
        assertThat(window.lookup("#cashierHeader").getLayoutBounds().getHeight()).as("one blue band across")
                .isEqualTo(window.lookup("#displayHeader").getLayoutBounds().getHeight());
        assertThat(Snapshots.readQr(image)).isEqualTo(fixture.desk.status("HD126").orElseThrow().payload());
    }

    /** Nothing to pay: the hospital's name and a welcome, not an instruction to scan a code that is not there. */
    @Test
    void theIdleDisplayWelcomesUnderTheHospitalsName() throws Exception {
        start(false);
        Parent display = WaitForAsyncUtils.asyncFx(() -> {
            Parent root = runtime.displayView().root();
            new Scene(root, 1920, 1080);
            root.applyCss();
            root.layout();
            return root;
        }).get(20, TimeUnit.SECONDS);

        assertThat(text(display, "#displayHospital")).isEqualTo("Bệnh viện Đa khoa Tỉnh Thừa Thiên Huế");
        assertThat(text(display, "#displayGreeter")).isEqualTo("Bệnh viện Đa khoa Tỉnh Thừa Thiên Huế");
        assertThat(text(display, "#displayHeadline")).isEqualTo("Kính chào Quý khách");
        assertThat(text(display, "#displayHeadlineEn")).isEqualTo("Welcome");
        assertThat(text(display, "#displayDetail")).isEqualTo("Chúc Quý khách nhiều sức khỏe");
        assertThat(text(display, "#displayDetailEn")).isEqualTo("We wish you good health");
        List<String> shown = new ArrayList<>();
        visit(display, node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null) {
                shown.add(labeled.getText().toLowerCase(java.util.Locale.ROOT));
            }
        });
        assertThat(shown).noneMatch(line -> line.contains("quét") || line.contains("scan"));
    }

    /**
     * Late money and refunds still to make stand on the window with everything else on a 1920x1080 desk monitor (the
     * window opens maximized), each with the bank's reference and the sender's masked account.
     */
    @Test
    void theCashierWindowShowsLateMoneyAndRefundsToMakeWithWhatARefundNeeds() throws Exception {
        start(true);
        window(() -> {
            PaymentDesk desk = fixture.desk;
            desk.request(150_000, "HD123", "Vien phi");
            desk.request(320_000, "HD124", "");
            desk.receive(new TransferNotification("FT1", 300_000, "HD124", fixture.clock.instant()));
            desk.request(85_000, "HD126", "");
            lateMoneyAndARefundToMake(desk);
        }, 1920, 1080, "cashier-window-late-refunds.png");
        Parent window = runtime.cashierView().root();
        assertThat(window.lookup("#lateSection").isVisible()).isTrue();
        assertThat(window.lookup("#refundSection").isVisible()).isTrue();
        assertThat(cellTexts(window, ".late-list .list-cell")).containsExactly(
                "HD130   200.000 đ   sau khi huỷ   lúc 03:00\nMã GD: FT26329130   TK chuyển: ******2345");
        assertThat(cellTexts(window, ".refund-list .list-cell")).containsExactly(
                "HD131   90.000 đ   nhận lúc 03:00 25/11\nMã GD: MBVCB.3278907687   TK chuyển: không rõ");
    }

    /**
     * The cashier's window after {@code reach}, at this size, laid out as a shown window is (a second pass lines its
     * header band up with the display's), written as a PNG for people to look at, then checked.
     */
    private WritableImage window(Runnable reach, double width, double height, String png) throws Exception {
        record Shot(WritableImage image, List<String> problems) {
        }
        Shot shot = WaitForAsyncUtils.asyncFx(() -> {
            reach.run();
            Parent window = runtime.cashierView().root();
            Scene scene = new Scene(window, width, height);
            window.applyCss();
            window.layout();
            window.layout();
            return new Shot(scene.snapshot(null), problems(window, width, height));
        }).get(20, TimeUnit.SECONDS);
        Snapshots.writePng(shot.image(), OUT.resolve(png));
        assertThat(shot.problems()).isEmpty();
        return shot.image();
    }

    /**
     * HD130's money came after the patient chose the counter, from a sender the bank names; HD131's too, through
     * SePay (which names none), and the cashier marked it to refund; then HD132's code is shown.
     */
    private void lateMoneyAndARefundToMake(PaymentDesk desk) {
        desk.request(200_000, "HD130", "");
        desk.cancel("HD130", "Thanh toán tại quầy");
        desk.receive(new TransferNotification("FT26329130", 200_000, "MBVCB.1 HD130", fixture.clock.instant(),
                "FT26329130", MaskedAccount.of("0071000912345")));
        desk.request(90_000, "HD131", "");
        desk.cancel("HD131", "Thanh toán tại quầy");
        desk.receive(new TransferNotification("sepay:92711", 90_000, "HD131", fixture.clock.instant(),
                "MBVCB.3278907687", java.util.Optional.empty()));
        desk.handleLate("sepay:92711", LateTransfer.Handling.REFUND, "Khách đã trả tiền mặt");
        desk.request(85_000, "HD132", "");
    }

    /** A 1366x768 desk: the column scrolls down to the refunds to make rather than squeezing any list away. */
    @Test
    void onASmallDeskScreenTheColumnScrollsDownToTheRefundsToMake() throws Exception {
        start(true);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            fixture.desk.request(150_000, "HD123", "Vien phi");
            lateMoneyAndARefundToMake(fixture.desk);
            Parent window = runtime.cashierView().root();
            Scene scene = new Scene(window, 1366, 768);
            window.applyCss();
            window.layout();
            ((ScrollPane) window.lookup(".cashier-scroll")).setVvalue(1);
            window.layout();
            return scene.snapshot(null);
        }).get(20, TimeUnit.SECONDS);
        Snapshots.writePng(image, OUT.resolve("cashier-window-1366x768-scrolled.png"));
        Parent window = runtime.cashierView().root();
        Bounds refunds = window.lookup("#refundList").localToScene(window.lookup("#refundList").getBoundsInLocal());
        Bounds waiting = window.lookup("#waitingList").getLayoutBounds();
        assertThat(refunds.getMaxY()).as("the refunds to make, scrolled to").isLessThanOrEqualTo(768 - 1);
        assertThat(waiting.getHeight()).as("the waiting list keeps two rows").isGreaterThanOrEqualTo(100);
    }

    private static String text(Parent root, String id) {
        return ((Labeled) root.lookup(id)).getText();
    }

    private static List<String> cellTexts(Parent root, String selector) {
        return root.lookupAll(selector).stream().map(node -> ((Labeled) node).getText())
                .filter(text -> text != null && !text.isEmpty()).toList();
    }

    private static void assertNothingCut(Parent root, double width, double height) {
        assertThat(problems(root, width, height)).isEmpty();
    }

    /** Labels shortened with an ellipsis, and what lies outside the screen. */
    private static List<String> problems(Parent root, double width, double height) {
        List<String> problems = new ArrayList<>();
        visit(root, node -> {
            if (!node.isVisible()) {
                return;
            }
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                Text shown = (Text) labeled.lookup(".text");
                boolean shortened = shown != null && !shown.getText().equals(labeled.getText())
                        && (!labeled.getText().contains("\n") || shown.getText().endsWith("…")
                                || shown.getText().endsWith("..."));
                if (shortened) {
                    problems.add("cut: '" + labeled.getText() + "' shown as '" + shown.getText() + "'");
                }
            }
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                problems.add("a row wider than its list: " + bar.getParent());
            }
            if (node instanceof Labeled || node instanceof ImageView) {
                Bounds b = node.localToScene(node.getBoundsInLocal());
                if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > width + 1 || b.getMaxY() > height + 1) {
                    problems.add("outside: " + node + " at " + b);
                }
            }
        });
        return problems;
    }

    private static void visit(Node node, Consumer<Node> action) {
        action.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, action));
        }
    }
}
