package vn.tiepdon.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.PaymentSettings;
import vn.tiepdon.payment.api.CannotListen;
import vn.tiepdon.station.CashierStation;
import vn.tiepdon.station.StationFailure;

/** {@code tiepdon cashier}: the cashier's window, the customer display and the local payment API. */
@Command(name = "cashier", mixinStandardHelpOptions = true,
        description = {"Quầy thu ngân: mã VietQR cho hóa đơn và màn hình khách hàng / "
                + "Cashier desk: VietQR codes for bills and the customer display.",
                "The customer display goes full screen on a second monitor, or inside the cashier's window."})
final class CashierCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SettingsOption settingsOption;

    @Option(names = "--demo", description = {"Bệnh viện và tài khoản mẫu, dữ liệu trong .tiepdon/cashier-demo, "
            + "API tại 127.0.0.1:8766 / Demo hospital and account, data in .tiepdon/cashier-demo, API on 127.0.0.1:8766."})
    boolean demo;

    @Override
    public Integer call() {
        KioskSettings settings = CashierSetup.settings(settingsOption, demo);
        PaymentSettings payment = CashierSetup.payment(settings);
        Display.require();
        String address = CashierSetup.address(payment.api().address());
        try (CashierStation station = CashierStation.open(settings, Clock.systemDefaultZone())) {
            // The port really listened on: settings may ask for port 0 (any free one).
            tellHowToUse(CashierSetup.address(station.apiAddress()));
            station.runWindow();
        } catch (StationFailure e) {
            if (e.part() == StationFailure.Part.PAYMENT_API) {
                boolean portInUse = !(e.getCause() instanceof CannotListen cannot)
                        || cannot.reason() == CannotListen.Reason.PORT_IN_USE;
                throw CliText.failed(portInUse ? "cashier.portBusy" : "cashier.cannotListen", address,
                        e.getCause().getMessage());
            }
            throw CliText.failed("cashier.windowFailed", e.getMessage());
        }
        return ExitCodes.OK;
    }

    private void tellHowToUse(String address) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(CliText.both("cashier.ready", address));
        if (demo) {
            out.println(CliText.both("cashier.demoBank"));
            out.println("  ./tiepdon sim transfer --demo --bill HD123 --amount 150000");
        }
        out.flush();
    }
}
