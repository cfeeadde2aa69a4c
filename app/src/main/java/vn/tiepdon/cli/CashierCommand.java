package vn.tiepdon.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.cashier.CustomerDisplay;
import vn.tiepdon.cashier.fx.CashierApp;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.PaymentSettings;
import vn.tiepdon.payment.api.CannotListen;
import vn.tiepdon.payment.api.PaymentApi;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.io.BankDirectoryFiles;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqlitePaymentOrders;

/** {@code tiepdon cashier}: the cashier's window, the customer display and the local payment API. */
@Command(name = "cashier", mixinStandardHelpOptions = true,
        description = {"Quầy thu ngân: mã VietQR cho hóa đơn và màn hình khách hàng / "
                + "Cashier desk: VietQR codes for bills and the customer display.",
                "The customer display goes full screen on a second monitor, or inside the cashier's window."})
final class CashierCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(CashierCommand.class);

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
        try (KioskDatabase database = KioskDatabase.open(settings.dataDir())) {
            Clock clock = Clock.systemDefaultZone();
            // The cashier's payments count towards the hospital's cashless share, like the kiosk's.
            PaymentDesk desk = new PaymentDesk(payment.account(),
                    new SqlitePaymentOrders(database, clock.getZone(), settings.kioskId()), clock);
            PaymentApi api;
            try {
                api = PaymentApi.start(payment.api(), desk);
            } catch (UncheckedIOException busy) {
                throw CliText.failed(busy instanceof CannotListen cannot && cannot.reason() != CannotListen.Reason
                        .PORT_IN_USE ? "cashier.cannotListen" : "cashier.portBusy", address, busy.getMessage());
            }
            try (api) {
                tellHowToUse(CashierSetup.address(api.address()));
                CashierApp.run(desk, settings.hospitalName(),
                        CustomerDisplay.bankName(BankDirectoryFiles.bundled(), payment.account().bin()));
            } catch (IllegalStateException e) {
                LOG.error("Cashier window failed", e);
                throw CliText.failed("cashier.windowFailed", String.valueOf(e.getMessage()));
            }
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
