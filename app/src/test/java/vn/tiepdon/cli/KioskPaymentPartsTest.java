package vn.tiepdon.cli;

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

/** The kiosk's payment parts as the kiosk command opens them: the API on its port, or the counter path. */
class KioskPaymentPartsTest {

    @TempDir
    Path dir;

    private KioskSettings listeningOn(int port) {
        KioskSettings demo = SettingsLoader.demo(dir, KioskParts.STDIN_PORT, "file:" + dir.resolve("tickets.bin"));
        PaymentSettings payment = demo.payment().orElseThrow();
        return demo.withPayment(Optional.of(new PaymentSettings(payment.account(), new PaymentApiSettings(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port), payment.api().token(),
                payment.api().webhookSecret(), payment.api().sepayApiKey()))));
    }

    @Test
    void aBusyPortLeavesTheKioskRunningWithoutQrPaymentsAndTellsStaffWhy() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             KioskParts parts = KioskParts.open(listeningOn(taken.getLocalPort()), Clock.systemDefaultZone(), true)) {

            assertThat(parts.payments).isSameAs(KioskPayments.NONE);
            assertThat(parts.paymentParts.desk).isEmpty();
            assertThat(parts.countsText()).contains("QR payments OFF")
                    .contains(String.valueOf(taken.getLocalPort())).contains("patients pay at the counter");
        }
    }

    @Test
    void theApiListensWhileTheKioskRunsAndItsPortIsFreeAfterClosing() throws IOException {
        int port;
        try (KioskParts parts = KioskParts.open(listeningOn(0), Clock.systemDefaultZone(), true)) {
            assertThat(parts.payments).isNotSameAs(KioskPayments.NONE);
            assertThat(parts.countsText()).contains("QR payments: on");
            port = parts.paymentParts.apiAddress().orElseThrow().getPort();
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void theReceptionDesksCommandsNeverOpenThePaymentApi() {
        try (KioskParts parts = KioskParts.open(listeningOn(0), Clock.systemDefaultZone())) {
            assertThat(parts.payments).isSameAs(KioskPayments.NONE);
            assertThat(parts.paymentParts.apiAddress()).isEmpty();
        }
    }
}
