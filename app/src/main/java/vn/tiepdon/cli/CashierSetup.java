package vn.tiepdon.cli;

import java.net.InetSocketAddress;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.PaymentSettings;
import vn.tiepdon.station.CashierStation;

/** The settings the cashier and its simulated bank share: the settings file, or the cashier demo's own. */
final class CashierSetup {

    private CashierSetup() {
    }

    static KioskSettings settings(SettingsOption file, boolean demo) {
        if (demo && file.file != null) {
            throw CliText.rejected("cashier.configAndDemo");
        }
        return demo ? CashierStation.demoSettings() : file.load();
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
