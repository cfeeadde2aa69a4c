package vn.tiepdon.cashier.fx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.cashier.DeskFixture;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.CashlessShare;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.api.PaymentApi;
import vn.tiepdon.payment.api.PaymentApiSettings;
import vn.tiepdon.payment.api.TransferSender;
import vn.tiepdon.testing.CountedEvents;

/**
 * The product's acceptance for the cashier: the payment API on loopback, a real desk on SQLite, and the cashier's
 * window with the customer display in it, rendered headless by JavaFX. The code on the display is read back from
 * its pixels with ZXing, as a patient's phone would.
 */
@ExtendWith(ApplicationExtension.class)
class CashierEndToEndTest {

    private static final String TOKEN = "test-token-0123456789";
    private static final byte[] SECRET = "webhook-secret-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private DeskFixture fixture;
    private PaymentApi api;
    private CashierRuntime runtime;
    private TransferSender bank;

    @Start
    void start(Stage stage) {
        fixture = new DeskFixture(tmp.resolve(UUID.randomUUID().toString()));
        api = PaymentApi.start(new PaymentApiSettings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                TOKEN, SECRET, Optional.empty()), fixture.desk);
        bank = new TransferSender(api.address(), SECRET);
        runtime = CashierRuntime.start(fixture.desk, "Bệnh viện Demo Tiếp Đón", "Vietcombank (VCB)",
                Duration.ofSeconds(10), true, Platform::runLater);
        // A desk PC's screen. JavaFX's headless screen is 1000 x 1000 and copies frames into it unclipped: a window
        // reaching below its last row would fail, so keep test windows no taller than this.
        stage.setScene(new Scene(runtime.cashierView().root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(runtime::close).get(10, TimeUnit.SECONDS);
        api.close();
        fixture.close();
    }

    @Test
    void aRequestPostedOverHttpIsShownAsAReadableCodeAndASignedTransferPaysIt(FxRobot robot) throws Exception {
        String payload = postPayment("HD123", 150_000);

        waitUntil(() -> robot.lookup("#displayAmount").tryQuery().isPresent());
        assertThat(Snapshots.readQr(Snapshots.of(runtime.displayView().root()))).isEqualTo(payload);
        assertThat(text(robot, "#displayAmount")).isEqualTo("150.000 đ");
        assertThat(text(robot, "#displayAmountWords")).isEqualTo("Một trăm năm mươi nghìn đồng");
        assertThat(text(robot, "#displayBill")).isEqualTo("Số hóa đơn: HD123");
        assertThat(fixture.cashless(DAY)).isEqualTo(new CashlessShare(0, 0, 0, 0));

        TransferSender.Reply reply = bank.send("FT26329001", 150_000, "MBVCB.8812 HD123 Vien phi",
                fixture.clock.instant());

        assertThat(reply.result()).contains("PAID");
        waitUntil(() -> "Đã thanh toán".equals(textOrNull(robot, "#displayHeadline")));
        assertThat(text(robot, "#displayHeadlineEn")).isEqualTo("Paid");
        assertThat(Snapshots.hasQr(Snapshots.of(runtime.displayView().root()))).isFalse();
        assertThat(fixture.cashless(DAY)).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
    }

    @Test
    void aWrongSignatureIsRefusedAndTheCodeStaysUnpaid(FxRobot robot) throws Exception {
        String payload = postPayment("HD124", 150_000);
        waitUntil(() -> robot.lookup("#displayAmount").tryQuery().isPresent());

        TransferSender forger = new TransferSender(api.address(),
                "another-secret-0123456789".getBytes(StandardCharsets.UTF_8));
        TransferSender.Reply reply = forger.send("FT26329002", 150_000, "HD124", fixture.clock.instant());

        assertThat(reply.status()).isEqualTo(401);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Snapshots.readQr(Snapshots.of(runtime.displayView().root()))).isEqualTo(payload);
        assertThat(robot.lookup("#displayHeadline").tryQuery()).isEmpty();
        assertThat(fixture.desk.status("HD124").orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(fixture.outcomes()).isEmpty();
    }

    @Test
    void theSameNotificationTwiceChangesNothingTheSecondTime(FxRobot robot) throws Exception {
        postPayment("HD125", 150_000);
        bank.send("FT26329003", 150_000, "HD125", fixture.clock.instant());
        waitUntil(() -> "Đã thanh toán".equals(textOrNull(robot, "#displayHeadline")));
        List<CountedEvents.Row> afterFirst = fixture.payments();

        TransferSender.Reply again = bank.send("FT26329003", 150_000, "HD125", fixture.clock.instant());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.result()).contains("DUPLICATE");
        assertThat(fixture.payments()).isEqualTo(afterFirst);
        assertThat(fixture.outcomes()).containsExactly(EventKind.PAYMENT_PAID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#displayHeadline")).isEqualTo("Đã thanh toán");
    }

    @Test
    void aShortTransferIsNotPaidIsFlaggedForTheCashierAndTheCustomerIsAskedToWait(FxRobot robot) throws Exception {
        postPayment("HD126", 150_000);

        TransferSender.Reply reply = bank.send("FT26329004", 100_000, "HD126", fixture.clock.instant());

        assertThat(reply.result()).contains("SHORT_PAYMENT");
        waitUntil(() -> "Chưa nhận đủ tiền — vui lòng chờ thu ngân".equals(textOrNull(robot, "#displayHeadline")));
        assertThat(text(robot, "#displayDetail")).isEqualTo("Hóa đơn HD126: đã nhận 100.000 đ, cần 150.000 đ");
        // The list's cells follow on the next layout pulse.
        waitUntil(() -> robot.lookup(".waiting-list .list-cell.short-paid").tryQuery().isPresent());
        ListCell<?> row = robot.lookup(".waiting-list .list-cell.short-paid").queryAs(ListCell.class);
        assertThat(row.getText()).isEqualTo("HD126   150.000 đ   CHƯA ĐỦ: nhận 100.000 đ, thiếu 50.000 đ");
        assertThat(text(robot, "#messageVi")).startsWith("Hóa đơn HD126: chỉ nhận 100.000 đ, thiếu 50.000 đ.");
        assertThat(fixture.cashless(DAY).paidCount()).isZero();
    }

    @Test
    void theCashierMakesARequestCancelsItWithAReasonAndTakesCashForAnother(FxRobot robot) {
        robot.clickOn("#amountField").write("150.000");
        robot.clickOn("#billField").write("HD200");
        robot.clickOn("#createButton");
        waitUntil(() -> robot.lookup("#displayAmount").tryQuery().isPresent());
        assertThat(text(robot, "#messageVi")).isEqualTo("Đã hiện mã cho hóa đơn HD200: 150.000 đ.");

        robot.clickOn(cellContaining(robot, "HD200"));
        robot.clickOn("#cancelButton");
        assertThat(robot.lookup("#reasonOk").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#reasonField").write("khách đổi ý");
        robot.clickOn("#reasonOk");
        waitUntil(() -> "Đã huỷ".equals(textOrNull(robot, "#displayHeadline")));
        TrackedOrder cancelled = fixture.desk.status("HD200").orElseThrow();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.reason()).contains("khách đổi ý");

        robot.clickOn("#amountField").write("80000");
        robot.clickOn("#billField").write("HD201");
        robot.clickOn("#createButton");
        waitUntil(() -> robot.lookup("#displayAmount").tryQuery().isPresent());
        robot.clickOn(cellContaining(robot, "HD201"));
        robot.clickOn("#cashButton");
        robot.clickOn("#reasonField").write("khách trả tiền mặt");
        robot.clickOn("#reasonOk");

        waitUntil(() -> "Đã thanh toán".equals(textOrNull(robot, "#displayHeadline")));
        TrackedOrder paid = fixture.desk.status("HD201").orElseThrow();
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.paidMethod()).contains(PaymentOutcome.Method.CASH);
        assertThat(paid.reason()).contains("khách trả tiền mặt");
        assertThat(fixture.payments()).extracting(CountedEvents.Row::kind, CountedEvents.Row::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_REQUESTED, "QR"),
                        org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_CANCELLED, "QR"),
                        org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_REQUESTED, "QR"),
                        org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_PAID, "CASH"));
        assertThat(text(robot, "#messageVi")).isEqualTo("Đã ghi nhận thu tiền mặt cho hóa đơn HD201.");
    }

    @Test
    void moneyAfterThePatientChoseTheCounterShowsAsLateThenStaysListedToRefundUntilRefunded(FxRobot robot)
            throws Exception {
        postPayment("HD300", 150_000);
        waitUntil(() -> robot.lookup("#displayAmount").tryQuery().isPresent());
        assertThat(robot.lookup("#lateSection").query().isVisible()).isFalse();
        assertThat(robot.lookup("#refundSection").query().isVisible()).isFalse();
        Platform.runLater(() -> fixture.desk.cancel("HD300", "Thanh toán tại quầy"));
        waitUntil(() -> "Đã huỷ".equals(textOrNull(robot, "#displayHeadline")));

        TransferSender.Reply reply = bank.send("FT26329300", 150_000, "MBVCB.1 HD300 Vien phi",
                fixture.clock.instant(), Optional.of("0071000912345"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result()).contains("LATE");
        waitUntil(() -> robot.lookup("#lateSection").query().isVisible());
        assertThat(text(robot, "#messageVi")).startsWith("Tiền đến sau: hóa đơn HD300, 150.000 đ (sau khi huỷ).");
        // The customer display is not told: the patient who chose the counter may be gone.
        assertThat(text(robot, "#displayHeadline")).isEqualTo("Đã huỷ");
        Node lateRow = cellContaining(robot, ".late-list .list-cell", "HD300");
        assertThat(((ListCell<?>) lateRow).getText()).startsWith("HD300   150.000 đ   sau khi huỷ   lúc ")
                .endsWith("\nMã GD: FT26329300   TK chuyển: ******2345");

        robot.clickOn(lateRow);
        robot.clickOn("#refundLateButton");
        assertThat(robot.lookup("#reasonOk").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#reasonField").write("Khách đã trả tiền mặt");
        robot.clickOn("#reasonOk");

        waitUntil(() -> !robot.lookup("#lateSection").query().isVisible());
        assertThat(text(robot, "#messageVi")).isEqualTo("Đã đánh dấu cần hoàn 150.000 đ cho hóa đơn HD300.");
        assertThat(robot.lookup("#refundSection").query().isVisible()).isTrue();
        Node refundRow = cellContaining(robot, ".refund-list .list-cell", "HD300");
        assertThat(((ListCell<?>) refundRow).getText()).startsWith("HD300   150.000 đ   nhận lúc ")
                .endsWith("\nMã GD: FT26329300   TK chuyển: ******2345");

        robot.clickOn(refundRow);
        robot.clickOn("#refundedButton");
        assertThat(text(robot, "#reasonHint")).startsWith("Ví dụ: mã giao dịch hoàn tiền");
        robot.clickOn("#reasonField").write("Hoan qua app FT26330123");
        robot.clickOn("#reasonOk");

        waitUntil(() -> !robot.lookup("#refundSection").query().isVisible());
        assertThat(text(robot, "#messageVi")).isEqualTo("Đã ghi nhận đã hoàn 150.000 đ của hóa đơn HD300.");
        assertThat(fixture.desk.refundsToMake()).isEmpty();
        assertThat(fixture.cashless(DAY).paidCount()).isZero();
    }

    @Test
    void anActionWithoutASelectedBillSaysToSelectOne(FxRobot robot) {
        robot.clickOn("#cashButton");

        assertThat(text(robot, "#messageVi")).isEqualTo("Chọn một hóa đơn trong danh sách trước.");
        assertThat(robot.lookup("#reasonPrompt").query().isVisible()).isFalse();
    }

    private Node cellContaining(FxRobot robot, String bill) {
        return cellContaining(robot, ".waiting-list .list-cell", bill);
    }

    private Node cellContaining(FxRobot robot, String cells, String bill) {
        waitUntil(() -> robot.lookup(cells).queryAll().stream()
                .anyMatch(c -> ((ListCell<?>) c).getText() != null && ((ListCell<?>) c).getText().contains(bill)));
        return robot.lookup(cells).queryAll().stream()
                .filter(c -> ((ListCell<?>) c).getText() != null && ((ListCell<?>) c).getText().contains(bill))
                .findFirst().orElseThrow();
    }

    private String postPayment(String bill, long amount) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + api.address().getPort() + "/payments"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"amount\":" + amount + ",\"billNumber\":\"" + bill + "\",\"purpose\":\"Viện phí\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        return body.get("payload").asText();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String textOrNull(FxRobot robot, String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(null);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition::getAsBoolean);
            // The condition may be seen while the JavaFX thread is still in the middle of the same change.
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + WAIT, e);
        }
    }
}
