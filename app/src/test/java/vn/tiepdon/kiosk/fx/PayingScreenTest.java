package vn.tiepdon.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.kiosk.AdminStatus;
import vn.tiepdon.kiosk.BillUpdate;
import vn.tiepdon.kiosk.CountingScanCounter;
import vn.tiepdon.kiosk.FakeTicketIssuer;
import vn.tiepdon.kiosk.FlowSettings;
import vn.tiepdon.kiosk.KioskFixtures;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.KioskPayments;
import vn.tiepdon.kiosk.ManualTimer;
import vn.tiepdon.kiosk.QrBill;
import vn.tiepdon.kiosk.ScriptedIdentityReader;
import vn.tiepdon.payment.VietQr;
import vn.tiepdon.payment.io.QrScan;
import vn.tiepdon.queue.Service;
import vn.tiepdon.ticket.PaymentMark;

/**
 * The paying screen at the panel sizes kiosks have, for many bill numbers: the code on the whole screen
 * reads back exactly, with whole pixels per module and at least 6 of them. Pictures land in target/screens.
 */
class PayingScreenTest {

    private static final Path OUT = Path.of("target", "screens");
    private static final Service PRICED = new Service("KDV", "B", "Khám dịch vụ", "Private visit", 150_000);
    private static final Instant NOW = Instant.parse("2026-11-25T05:00:00Z");

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024,768", "1280,800", "1920,1080"})
    void theCodeOnScreenReadsBackExactlyAtWholePixelsPerModule(int width, int height) throws Exception {
        List<String> problems = new ArrayList<>();
        for (int second = 0; second < 40; second++) {
            String bill = String.format("DEMO261125T1200%02d", second);
            Shown shown = WaitForAsyncUtils.asyncFx(() -> render(bill, width, height)).get();
            if (second == 0) {
                PngFiles.write(shown.image(), OUT.resolve("paying-" + width + "x" + height + ".png"));
            }
            String read;
            try {
                read = QrScan.scan(PngFiles.buffered(shown.image())).getText();
            } catch (Exception e) {
                PngFiles.write(shown.image(), OUT.resolve("paying-unread-" + bill + ".png"));
                read = e.toString();
            }
            if (!read.equals(shown.payload())) {
                problems.add(bill + ": " + read);
            }
            assertThat(shown.pixelsPerModule()).isGreaterThanOrEqualTo(6);
        }
        assertThat(problems).isEmpty();
    }

    record Shown(WritableImage image, String payload, int pixelsPerModule) {
    }

    private static Shown render(String bill, int width, int height) {
        String payload = VietQr.encode(vn.tiepdon.kiosk.OneCodePayments.ACCOUNT.requestFor(150_000, bill, "KDV"));
        KioskPayments one = new KioskPayments() {
            @Override
            public Optional<QrBill> open(Service service) {
                return Optional.of(new QrBill(bill, 150_000, payload, "Vietcombank (VCB)",
                        NOW.plus(Duration.ofMinutes(5))));
            }

            @Override
            public PaymentMark payAtCounter(QrBill shown) {
                return PaymentMark.NONE;
            }

            @Override
            public void watch(Consumer<BillUpdate> listener) {
            }
        };
        KioskFlow flow = new KioskFlow(new FlowSettings(List.of(PRICED), FlowSettings.VIETNAMESE,
                KioskFixtures.IDLE, KioskFixtures.DONE_DISPLAY), new ScriptedIdentityReader(),
                new CountingScanCounter(), new FakeTicketIssuer(), one, Clock.fixed(NOW, ZoneOffset.UTC),
                new ManualTimer(), Runnable::run, Runnable::run);
        KioskView view = KioskView.create("Bệnh viện Demo Tiếp Đón", flow, new AdminStatus("", "", () -> ""));
        flow.takeWithoutCard();
        flow.chooseService(PRICED);
        Parent root = view.root();
        new Scene(root, width, height);
        root.applyCss();
        root.layout();
        QrCode code = (QrCode) root.lookup("#qrCode");
        return new Shown(root.snapshot(null, null), payload, code.pixelsPerModule());
    }
}
