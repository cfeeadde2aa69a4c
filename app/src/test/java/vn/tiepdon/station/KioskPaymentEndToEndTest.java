package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.kiosk.DeskPayments;
import vn.tiepdon.kiosk.KioskState;
import vn.tiepdon.kiosk.QrBill;
import vn.tiepdon.kiosk.fx.PngFiles;
import vn.tiepdon.indicators.CashlessShare;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.io.QrScan;
import vn.tiepdon.print.Alignment;
import vn.tiepdon.print.BitImage;
import vn.tiepdon.print.TextRasterizer;
import vn.tiepdon.print.sim.DecodedTicket;
import vn.tiepdon.store.SqliteEventTotals;

/**
 * Paying at the kiosk on real protocols: a card through the serial pseudo-terminal, the paying screen's code
 * read back by ZXing from a snapshot of the real scene, a signed bank notification POSTed over HTTP to the
 * kiosk's own payment API on loopback, and the ticket decoded by the ESC/POS printer emulator.
 */
@ExtendWith(ApplicationExtension.class)
class KioskPaymentEndToEndTest {

    /** The demo's sample card, as {@code ./tiepdon demo} prints it. */
    private static final String PATIENT = "001090123456|123456789|Nguyễn Văn An|15081990|Nam|"
            + "Số 12 Ngõ 34 Phố Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội|20042021";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHOTS = Path.of("target", "screens");
    private static final TextRasterizer RASTER = new TextRasterizer(TextRasterizer.PAPER_80MM);

    @TempDir
    static Path tmp;

    private KioskOnEmulatedDevices kiosk;
    private Stage stage;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        kiosk = KioskOnEmulatedDevices.startWithPayments(stage, tmp);
    }

    @AfterEach
    void stop() throws InterruptedException {
        kiosk.close();
    }

    @Test
    void aCardScannedThenPaidByQrGetsATicketMarkedPaidAndTheCashlessShareCountsIt(FxRobot robot) throws Exception {
        kiosk.scanWhenConnected(PATIENT, WAIT);
        waitUntilShowing(robot, "#confirmScreen");
        robot.clickOn("#confirmButton");
        waitUntilShowing(robot, "#chooseServiceScreen");
        robot.clickOn("#service-KDV");
        waitUntilShowing(robot, "#payingScreen");

        QrBill bill = shownBill();
        TrackedOrder order = desk().status(bill.billNumber()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(order.order().amountDong()).isEqualTo(150_000);
        BufferedImage screen = snapshot();
        Files.createDirectories(SHOTS);
        javax.imageio.ImageIO.write(screen, "png", SHOTS.resolve("e2e-paying.png").toFile());
        assertThat(QrScan.scan(screen).getText()).as("what a banking app reads off the screen")
                .isEqualTo(order.payload());
        assertThat(text(robot, "#amountDigits")).isEqualTo("150.000 đ");
        assertThat(text(robot, "#amountWords")).isEqualTo("Một trăm năm mươi nghìn đồng");

        HttpResponse<String> reply = notifyTransfer("FT26329100", 150_000,
                "MBVCB.3278907687 " + bill.billNumber() + " KDV");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(reply.body()).get("result").asText()).isEqualTo("PAID");

        waitUntilShowing(robot, "#doneScreen");
        assertThat(text(robot, "#ticketNumber")).isEqualTo("B001");
        assertThat(text(robot, "#payment")).isEqualTo("Đã thanh toán 150.000 đ. Xin cảm ơn!");
        DecodedTicket ticket = kiosk.printer.awaitTickets(1, WAIT).get(0);
        assertThat(ticket.cutSeen()).isTrue();
        assertThat(ticket.textLines()).contains("B001", "Da TT 150.000d GD " + bill.billNumber());
        assertThat(ticket.rasters()).as("the mark the consulting room reads, in Vietnamese")
                .anySatisfy(r -> assertThat(r.bytes()).isEqualTo(mark("ĐÃ THANH TOÁN 150.000 đ").bytes()));
        assertThat(desk().status(bill.billNumber()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        assertThat(new SqliteEventTotals(kiosk.parts.database).indicators(LocalDate.now(), LocalDate.now()).cashless())
                .isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
        assertThat(kiosk.parts.registrations.handoffCount()).as("registered once, as the patient who paid")
                .isEqualTo(1);
        copyTicketPicture(ticket, "ticket-paid.png");
    }

    @Test
    void choosingTheCounterPrintsAnUnpaidTicketAndCancelsTheOrder(FxRobot robot) throws Exception {
        robot.clickOn("#withoutCardButton");
        waitUntilShowing(robot, "#chooseServiceScreen");
        robot.clickOn("#service-XN");
        waitUntilShowing(robot, "#payingScreen");
        QrBill bill = shownBill();

        robot.clickOn("#payAtCounterButton");

        waitUntilShowing(robot, "#doneScreen");
        assertThat(text(robot, "#ticketNumber")).isEqualTo("C001");
        assertThat(text(robot, "#payment")).isEqualTo("Trước tiên, mời Ông/Bà thanh toán 90.000 đ tại quầy thu ngân.");
        DecodedTicket ticket = kiosk.printer.awaitTickets(1, WAIT).get(0);
        assertThat(ticket.textLines()).contains("C001", "Chua TT 90.000d GD " + bill.billNumber());
        assertThat(ticket.rasters()).anySatisfy(r -> assertThat(r.bytes())
                .isEqualTo(mark("CHƯA THANH TOÁN").bytes()));
        TrackedOrder order = desk().status(bill.billNumber()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.reason()).contains(DeskPayments.AT_COUNTER_REASON);
        copyTicketPicture(ticket, "ticket-unpaid.png");
    }

    private PaymentDesk desk() {
        return kiosk.station.qr.desk.orElseThrow();
    }

    private QrBill shownBill() throws Exception {
        KioskState state = WaitForAsyncUtils.asyncFx(() -> kiosk.runtime.flow().state()).get();
        assertThat(state).isInstanceOf(KioskState.Paying.class);
        return ((KioskState.Paying) state).bill();
    }

    private static BitImage mark(String text) {
        return RASTER.render(text, 30, true, Alignment.CENTER);
    }

    /** A bank-notification service's POST, signed with the kiosk's webhook secret as the API expects. */
    private HttpResponse<String> notifyTransfer(String reference, long amount, String content) throws Exception {
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("reference", reference)
                .put("amount", amount).put("content", content).put("time", Instant.now().toString()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(kiosk.parts.settings.payment().orElseThrow().api().webhookSecret(), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        int port = kiosk.station.qr.apiAddress().orElseThrow().getPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/transfer"))
                .header("Content-Type", "application/json").header("X-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private BufferedImage snapshot() throws Exception {
        return PngFiles.buffered(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get());
    }

    /** The emulator's picture of the ticket, kept for people to look at. */
    private void copyTicketPicture(DecodedTicket ticket, String name) throws IOException {
        Path picture = kiosk.tickets.resolve(String.format("%04d.png", ticket.sequence()));
        assertThat(picture).exists();
        Files.createDirectories(SHOTS);
        Files.copy(picture, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void waitUntilShowing(FxRobot robot, String query) throws TimeoutException {
        ScreenLookups.waitUntilShowing(robot, query, WAIT);
    }

    private static String text(FxRobot robot, String query) {
        return ScreenLookups.text(robot, query);
    }
}
