package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.PaymentSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.api.PaymentApi;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqlitePaymentOrders;

/** {@code tiepdon cashier} refusals and the simulated bank, {@code tiepdon sim transfer}, on loopback. */
class CashierCliTest {

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void withoutPaymentSettingsTheCashierSaysWhatIsMissingInOneLine() throws IOException {
        Properties settings = SettingsLoader.toProperties(SettingsLoader.demo(tmp.resolve("data"), "stdin",
                "tcp:127.0.0.1:9"));
        settings.stringPropertyNames().stream().filter(k -> k.startsWith("payment.")).toList()
                .forEach(settings::remove);

        CliRun run = run("cashier", "--config", write(settings).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("payments are not set up: payment.bankBin").contains("Chưa cài đặt thanh toán");
    }

    @Test
    void aBusyPortIsOneLineNamingTheAddress() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Properties settings = paymentSettings(taken.getLocalPort());

            CliRun run = run("cashier", "--config", write(settings).toString());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err()).contains("127.0.0.1:" + taken.getLocalPort()).contains("another program");
        }
    }

    @Test
    void configAndDemoTogetherAreRefused() {
        CliRun run = run("cashier", "--demo", "--config", tmp.resolve("x.properties").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains("--config").contains("--demo");
    }

    @Test
    void theSimulatedBankPaysABillReportsDuplicatesShortLateAndUnmatchedTransfers() throws Exception {
        try (RunningCashier cashier = startCashier()) {
            PaymentDesk desk = cashier.desk;
            String config = cashier.file.toString();
            desk.request(150_000, "HD123", "");
            desk.request(200_000, "HD124", "");

            CliRun paid = run("sim", "transfer", "--bill", "HD123", "--amount", "150000", "--reference", "FT1",
                    "--config", config);
            CliRun again = run("sim", "transfer", "--bill", "HD123", "--amount", "150000", "--reference", "FT1",
                    "--config", config);
            CliRun shortPaid = run("sim", "transfer", "--bill", "HD124", "--amount", "100000", "--config", config);
            CliRun unmatched = run("sim", "transfer", "--bill", "HD999", "--amount", "5000", "--config", config);
            CliRun paidTwice = run("sim", "transfer", "--bill", "HD123", "--amount", "150000", "--reference", "FT9",
                    "--config", config);

            assertThat(List.of(paid, again, shortPaid, unmatched, paidTwice)).extracting(CliRun::exitCode)
                    .containsOnly(ExitCodes.OK);
            assertThat(paid.out()).contains("FT1").contains("150.000 đ").endsWith(": PAID" + System.lineSeparator());
            assertThat(again.out()).contains(": DUPLICATE");
            assertThat(shortPaid.out()).contains(": SHORT_PAYMENT");
            assertThat(unmatched.out()).contains(": UNMATCHED");
            assertThat(paidTwice.out()).contains("FT9").contains(": LATE");
            assertThat(desk.lateTransfers()).extracting(LateTransfer::reference).containsExactly("FT9");
            assertThat(desk.status("HD123").orElseThrow().paidMethod()).contains(PaymentOutcome.Method.QR);
            assertThat(desk.status("HD124").orElseThrow().status()).isEqualTo(OrderStatus.SHORT_PAID);
        }
    }

    @Test
    void theSimulatedBankCanPayTheNewestBillWaiting() throws Exception {
        try (RunningCashier cashier = startCashier()) {
            PaymentDesk desk = cashier.desk;
            String config = cashier.file.toString();
            CliRun none = run("sim", "transfer", "--waiting", "--config", config);
            assertThat(none.exitCode()).isEqualTo(ExitCodes.REJECTED);
            assertThat(none.err()).contains("No bill is waiting");

            desk.request(90_000, "DEMO261125T101500", "");
            desk.request(150_000, "DEMO261125T101730", "");
            CliRun paid = run("sim", "transfer", "--waiting", "--config", config);

            assertThat(paid.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(paid.out()).contains("150.000 đ").contains(": PAID");
            assertThat(desk.status("DEMO261125T101730").orElseThrow().status()).isEqualTo(OrderStatus.PAID);
            assertThat(desk.status("DEMO261125T101500").orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
            assertThat(run("sim", "transfer", "--config", config).exitCode())
                    .as("neither a bill nor --waiting").isEqualTo(ExitCodes.REJECTED);
        }
    }

    @Test
    void withNoCashierRunningTheSimulatedBankSaysSoInOneLine() throws IOException {
        int port = freePort();

        CliRun run = run("sim", "transfer", "--bill", "HD1", "--amount", "1000", "--config",
                write(paymentSettings(port)).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("127.0.0.1:" + port).contains("is the cashier running?");
    }

    @Test
    void aNotificationSignedWithAnotherSecretIsReportedAsRefused() throws Exception {
        int port = freePort();
        Path file = write(paymentSettings(port));
        KioskSettings settings = SettingsLoader.load(file);
        Properties otherSecret = paymentSettings(port);
        otherSecret.setProperty(SettingsLoader.PAYMENT_WEBHOOK_SECRET, "another-secret-0123456789");
        Path other = tmp.resolve("other.properties");
        store(otherSecret, other);
        try (KioskDatabase database = KioskDatabase.open(settings.dataDir());
             PaymentApi api = PaymentApi.start(settings.payment().orElseThrow().api(),
                     new PaymentDesk(settings.payment().orElseThrow().account(),
                             new SqlitePaymentOrders(database, ZoneId.of("UTC"), "Q01"), Clock.systemUTC()))) {

            CliRun run = run("sim", "transfer", "--bill", "HD1", "--amount", "1000", "--config", other.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err()).contains("payment.webhook.secret");
        }
    }

    @Test
    void bothCommandsHaveHelp() {
        for (String[] command : List.of(new String[] {"cashier", "--help"},
                new String[] {"sim", "transfer", "--help"})) {
            CliRun run = run(command);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("Usage:").contains("--demo");
        }
    }

    /** A cashier's desk and payment API running on a free loopback port, with its settings file. */
    private static final class RunningCashier implements AutoCloseable {
        final Path file;
        final PaymentDesk desk;
        private final KioskDatabase database;
        private final PaymentApi api;

        RunningCashier(Path file) throws Exception {
            this.file = file;
            KioskSettings settings = SettingsLoader.load(file);
            PaymentSettings payment = settings.payment().orElseThrow();
            database = KioskDatabase.open(settings.dataDir());
            desk = new PaymentDesk(payment.account(),
                    new SqlitePaymentOrders(database, ZoneId.of("Asia/Ho_Chi_Minh"), "Q01"), Clock.systemUTC());
            api = PaymentApi.start(payment.api(), desk);
        }

        @Override
        public void close() {
            api.close();
            database.close();
        }
    }

    private RunningCashier startCashier() throws Exception {
        return new RunningCashier(write(paymentSettings(freePort())));
    }

    /** A loopback port nothing listens on: taken, then let go. */
    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    private Properties paymentSettings(int port) {
        Properties settings = SettingsLoader.toProperties(SettingsLoader.demo(tmp.resolve("data"), "stdin",
                "tcp:127.0.0.1:9"));
        settings.setProperty(SettingsLoader.PAYMENT_API_LISTEN, "127.0.0.1:" + port);
        return settings;
    }

    private Path write(Properties properties) throws IOException {
        Path file = tmp.resolve("tiepdon.properties");
        store(properties, file);
        return file;
    }

    private static void store(Properties properties, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, null);
        }
    }
}
