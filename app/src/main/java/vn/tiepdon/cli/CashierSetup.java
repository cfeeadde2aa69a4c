package vn.tiepdon.cli;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.PaymentSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.payment.api.PaymentApiSettings;

/**
 * The settings the cashier and its simulated bank share: the settings file, or the cashier demo's own, which
 * listens on {@value #DEMO_LISTEN_PORT} so that it can run beside the kiosk demo (which uses 8765).
 */
final class CashierSetup {

    static final Path DEMO_DATA = Path.of(".tiepdon", "cashier-demo");
    static final int DEMO_LISTEN_PORT = 8766;

    private CashierSetup() {
    }

    static KioskSettings settings(SettingsOption file, boolean demo) {
        if (demo && file.file != null) {
            throw CliText.rejected("cashier.configAndDemo");
        }
        return demo ? demo() : file.load();
    }

    /** The demo hospital; the scanner and printer are the kiosk's and never opened here. */
    static KioskSettings demo() {
        KioskSettings demo = SettingsLoader.demo(DEMO_DATA, KioskParts.STDIN_PORT, "tcp:127.0.0.1:9100");
        PaymentSettings payment = demo.payment().orElseThrow();
        PaymentApiSettings api = payment.api();
        return demo.withPayment(Optional.of(new PaymentSettings(payment.account(), new PaymentApiSettings(
                new InetSocketAddress("127.0.0.1", DEMO_LISTEN_PORT), api.token(), api.webhookSecret(),
                api.sepayApiKey()))));
    }

    /** @throws UserError exit 2 when the settings have no payment account */
    static PaymentSettings payment(KioskSettings settings) {
        return settings.payment().orElseThrow(() -> CliText.rejected("cashier.noPayment"));
    }

    static String address(InetSocketAddress address) {
        String host = address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
