package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.PaymentSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.kiosk.KioskPayments;
import vn.tiepdon.payment.api.PaymentApiSettings;

/** The kiosk's QR payments as the kiosk opens them: the API on its port, or the counter path. */
class QrPaymentsTest {

    @TempDir
    Path dir;

    private KioskSettings listeningOn(int port) {
        KioskSettings demo = SettingsLoader.demo(dir, Kiosk.STDIN_SCANNER, "file:" + dir.resolve("tickets.bin"));
        PaymentSettings payment = demo.payment().orElseThrow();
        return demo.withPayment(Optional.of(new PaymentSettings(payment.account(), new PaymentApiSettings(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port), payment.api().token(),
                payment.api().webhookSecret(), payment.api().sepayApiKey()))));
    }

    @Test
    void aBusyPortLeavesTheKioskRunningWithoutQrPaymentsAndTellsStaffWhy() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Kiosk kiosk = Kiosk.open(listeningOn(taken.getLocalPort()), Clock.systemDefaultZone())) {

            assertThat(kiosk.qr.payments).isSameAs(KioskPayments.NONE);
            assertThat(kiosk.qr.desk).isEmpty();
            assertThat(kiosk.countsText()).contains("QR payments OFF")
                    .contains(String.valueOf(taken.getLocalPort())).contains("patients pay at the counter");
        }
    }

    @Test
    void theApiListensWhileTheKioskRunsAndItsPortIsFreeAfterClosing() throws IOException {
        int port;
        try (Kiosk kiosk = Kiosk.open(listeningOn(0), Clock.systemDefaultZone())) {
            assertThat(kiosk.qr.payments).isNotSameAs(KioskPayments.NONE);
            assertThat(kiosk.countsText()).contains("QR payments: on");
            port = kiosk.qr.apiAddress().orElseThrow().getPort();
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void theReceptionDeskNeverOpensThePaymentApi() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (ReceptionDesk desk = ReceptionDesk.open(listeningOn(port), Clock.systemDefaultZone());
             ServerSocket stillFree = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(stillFree.getLocalPort()).as("the kiosk's API port, left to the kiosk").isEqualTo(port);
        }
    }
}
