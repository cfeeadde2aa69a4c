package vn.tiepdon.station;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import java.util.function.UnaryOperator;
import vn.tiepdon.admin.AdminPin;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.Upkeep;
import vn.tiepdon.config.PaymentSettings;
import vn.tiepdon.payment.api.PaymentApiSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.kiosk.fx.FxTimer;
import vn.tiepdon.kiosk.fx.KioskRuntime;
import vn.tiepdon.print.sim.PrinterEmulator;
import vn.tiepdon.scan.Framing;
import vn.tiepdon.scan.sim.ScannerSimulator;

/**
 * The kiosk as the kiosk command starts it, on emulated devices: a serial scanner on a socat
 * pseudo-terminal (CR-terminated), an ESC/POS printer emulator on a loopback TCP port, SQLite in a
 * temporary folder, the real CCCD reader, shown on the test's stage. For end-to-end tests.
 */
final class KioskOnEmulatedDevices implements AutoCloseable {

    final PrinterEmulator printer;
    final ScannerSimulator scanner;
    final Kiosk station;
    /** The station's database and issuing path. */
    final IssuingParts parts;
    final KioskRuntime runtime;
    /** Where the printer emulator writes each ticket as NNNN.png and NNNN.txt. */
    final Path tickets;
    private final ExecutorService worker;

    private KioskOnEmulatedDevices(PrinterEmulator printer, ScannerSimulator scanner, Kiosk station,
                                   KioskRuntime runtime, Path tickets, ExecutorService worker) {
        this.printer = printer;
        this.scanner = scanner;
        this.station = station;
        this.parts = station.parts;
        this.runtime = runtime;
        this.tickets = tickets;
        this.worker = worker;
    }

    /**
     * Starts everything in a new folder under {@code parent} and shows the kiosk, with the demo's services but
     * no QR payments set up: priced services print a ticket to pay at the counter. Call on the JavaFX thread.
     */
    static KioskOnEmulatedDevices start(Stage stage, Path parent) throws IOException {
        return start(stage, parent, false);
    }

    /**
     * The same with the demo's QR payments, as the kiosk command starts them, except that the payment API
     * listens on a free loopback port ({@link QrPayments#apiAddress()}) so tests never collide.
     */
    static KioskOnEmulatedDevices startWithPayments(Stage stage, Path parent) throws IOException {
        return start(stage, parent, true);
    }

    /** The same without payments, with an admin PIN; {@code quit} is what "quit kiosk mode" does. */
    static KioskOnEmulatedDevices startWithAdminPin(Stage stage, Path parent, AdminPin pin, Runnable quit)
            throws IOException {
        return start(stage, parent, false, settings -> settings.withUpkeep(new Upkeep(settings.upkeep().backupDir(),
                settings.upkeep().backupKeep(), settings.upkeep().backupHour(),
                settings.upkeep().eventRetentionDays(), Optional.of(pin))), quit);
    }

    private static KioskOnEmulatedDevices start(Stage stage, Path parent, boolean payments) throws IOException {
        return start(stage, parent, payments, UnaryOperator.identity(), () -> { });
    }

    private static KioskOnEmulatedDevices start(Stage stage, Path parent, boolean payments,
                                                UnaryOperator<KioskSettings> adjust, Runnable quit)
            throws IOException {
        Path dir = Files.createTempDirectory(parent, "kiosk");
        PrinterEmulator printer = new PrinterEmulator(0, dir.resolve("tickets"), 576).start();
        ScannerSimulator scanner = ScannerSimulator.start(dir.resolve("ttyScanner"), Framing.CR);
        KioskSettings demo = SettingsLoader.demo(dir.resolve("data"), scanner.link().toString(),
                "tcp:127.0.0.1:" + printer.port());
        KioskSettings settings = adjust.apply(demo).withPayment(payments ? demo.payment().map(p -> new PaymentSettings(
                p.account(), new PaymentApiSettings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                p.api().token(), p.api().webhookSecret(), p.api().sepayApiKey()))) : Optional.empty());
        // As the kiosk command starts it: the parts open while the screen comes up.
        CompletableFuture<Kiosk> opening = CompletableFuture.supplyAsync(
                () -> Kiosk.open(settings, Clock.systemDefaultZone()));
        ExecutorService worker = Executors.newSingleThreadExecutor();
        KioskRuntime runtime = KioskRuntime.start(Kiosk.wiringWhileOpening(settings, opening, false,
                Clock.systemDefaultZone(), null, quit), new FxTimer(), worker, Platform::runLater);
        Kiosk station = opening.join();
        stage.setScene(runtime.view().scene());
        stage.show();
        return new KioskOnEmulatedDevices(printer, scanner, station, runtime, dir.resolve("tickets"), worker);
    }

    /** Types the payload into the scanner once the kiosk has opened its port (before that, bytes are lost). */
    void scanWhenConnected(String payload, Duration wait) throws TimeoutException, IOException {
        WaitForAsyncUtils.waitFor(wait.toSeconds(), TimeUnit.SECONDS,
                () -> runtime.adminStatus().snapshot().scannerConnected().orElse(false));
        scanner.type(payload.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws InterruptedException {
        runtime.close();
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
        station.close();
        scanner.close();
        printer.close();
    }
}
