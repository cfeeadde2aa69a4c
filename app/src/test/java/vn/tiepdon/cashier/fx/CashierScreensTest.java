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
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            fixture.desk.request(150_000, "HD123", "Vien phi");
            fixture.desk.request(320_000, "HD124", "");
            fixture.desk.receive(new TransferNotification("FT1", 300_000, "HD124", fixture.clock.instant()));
            fixture.desk.request(1_250_000, "HD125", "");
            fixture.desk.markPaid("HD125", PaymentOutcome.Method.CASH, "tiền mặt");
            fixture.desk.request(85_000, "HD126", "");
            Parent window = runtime.cashierView().root();
            Scene scene = new Scene(window, 1440, 860);
            window.applyCss();
            window.layout();
            assertNothingCut(window, 1440, 860);
            return scene.snapshot(null);
        }).get(20, TimeUnit.SECONDS);
        Snapshots.writePng(image, OUT.resolve("cashier-window.png"));
        assertThat(Snapshots.readQr(image)).isEqualTo(fixture.desk.status("HD126").orElseThrow().payload());
    }

    /** No label shortened with an ellipsis, nothing outside the screen. */
    private static void assertNothingCut(Parent root, double width, double height) {
        List<String> problems = new ArrayList<>();
        visit(root, node -> {
            if (!node.isVisible()) {
                return;
            }
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                Text shown = (Text) labeled.lookup(".text");
                if (shown != null && !shown.getText().equals(labeled.getText())
                        && !labeled.getText().contains("\n")) {
                    problems.add("cut: '" + labeled.getText() + "' shown as '" + shown.getText() + "'");
                }
            }
            if (node instanceof Labeled || node instanceof ImageView) {
                Bounds b = node.localToScene(node.getBoundsInLocal());
                if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > width + 1 || b.getMaxY() > height + 1) {
                    problems.add("outside: " + node + " at " + b);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static void visit(Node node, Consumer<Node> action) {
        action.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, action));
        }
    }
}
