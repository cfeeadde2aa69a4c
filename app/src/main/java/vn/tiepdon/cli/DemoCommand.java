package vn.tiepdon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.SettingsException;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.print.TextRasterizer;
import vn.tiepdon.print.sim.PrinterEmulator;
import vn.tiepdon.scan.Framing;
import vn.tiepdon.scan.sim.ScannerSimulator;
import vn.tiepdon.station.Kiosk;

/**
 * {@code tiepdon demo}: the whole kiosk on one machine with no hardware: the printer emulator on
 * TCP, a simulated scanner on a socat pseudo-terminal (or the terminal itself when socat is missing),
 * and a demo database that is kept between runs so numbering can be watched across days.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Chạy thử kiosk với máy quét và máy in giả lập / Try the kiosk with a simulated scanner and printer."})
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE = "001090123456|123456789|Nguyễn Văn An|15081990|Nam|"
            + "Số 12 Ngõ 34 Phố Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội|20042021";

    @Spec
    CommandSpec spec;

    @Option(names = "--pty", defaultValue = "/tmp/tiepdon-scanner", paramLabel = "PATH",
            description = "Terminal of the simulated scanner (default ${DEFAULT-VALUE}).")
    Path pty;

    @Option(names = "--printer-port", defaultValue = "9100", paramLabel = "PORT",
            description = "TCP port of the printer emulator; a free one is taken when it is busy (default ${DEFAULT-VALUE}).")
    int printerPort;

    @Option(names = "--tickets", defaultValue = "tickets", paramLabel = "DIR",
            description = "Where printed tickets land (default ${DEFAULT-VALUE}).")
    Path tickets;

    @Option(names = "--data", defaultValue = ".tiepdon/demo", paramLabel = "DIR",
            description = "Demo database and settings (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--server-port", defaultValue = "8780", paramLabel = "PORT",
            description = "Cổng của máy chủ chỉ số cục bộ (bảng chỉ số); cổng khác nếu đang bận / Port of the local"
                    + " indicator server (dashboard); another free one when busy (default ${DEFAULT-VALUE}).")
    int serverPort;

    @Option(names = "--no-server", description = "Không chạy máy chủ chỉ số cục bộ / Run without the local indicator server.")
    boolean noServer;

    @Option(names = "--payment-port", defaultValue = "8765", paramLabel = "PORT",
            description = "Cổng API thanh toán cho phần mềm viện phí; lấy cổng trống khác nếu bận / Port of the payment API"
                    + " for the billing software; a free one is taken when it is busy (default ${DEFAULT-VALUE}).")
    int paymentPort;

    @Option(names = "--admin-pin", defaultValue = DEMO_ADMIN_PIN, paramLabel = "DIGITS",
            description = "Mã PIN màn hình quản trị của demo / The demo's admin screen PIN (default ${DEFAULT-VALUE}).")
    String adminPin;

    /** Printed by the demo: anyone trying it must be able to open the admin screen. */
    static final String DEMO_ADMIN_PIN = "246810";

    @Override
    public Integer call() throws IOException {
        Display.require();
        PrintWriter out = spec.commandLine().getOut();
        try (PrinterEmulator printer = startPrinter();
             ScannerSimulator scanner = startScanner(out)) {
            String scannerPort = scanner == null ? Kiosk.STDIN_SCANNER : pty.toAbsolutePath().toString();
            if (!vn.tiepdon.admin.AdminPin.acceptable(adminPin)) {
                spec.commandLine().getErr().println(CliText.both("demo.badPin"));
                return ExitCodes.REJECTED;
            }
            KioskSettings demo = withDemoAccess(SettingsLoader.demo(data, scannerPort,
                    "tcp:127.0.0.1:" + printer.port()), adminPin, freePort(paymentPort), data);
            Optional<DemoServer> server = noServer ? Optional.empty()
                    : DemoServer.start(data, demo.kioskId(), freePort(serverPort));
            try {
                run(out, server.map(s -> sendingTo(s, demo)).orElse(demo), scanner != null, server);
            } finally {
                server.ifPresent(DemoServer::close);
            }
        }
        return ExitCodes.OK;
    }

    private void run(PrintWriter out, KioskSettings settings, boolean simulatedScanner, Optional<DemoServer> server)
            throws IOException {
        Path settingsFile = writeSettings(settings);
        out.println(CliText.both("demo.ready"));
        out.println();
        if (simulatedScanner) {
            out.println("  ./tiepdon sim scan --pty " + pty + " '" + SAMPLE + "'");
        } else {
            out.println("  " + SAMPLE);
        }
        out.println();
        out.println(CliText.both("demo.tickets", tickets.toAbsolutePath()));
        out.println(CliText.both("demo.desk"));
        out.println("  ./tiepdon ticket issue --service KBHYT --config " + settingsFile);
        out.println(CliText.both("demo.pay"));
        out.println("  ./tiepdon sim transfer --waiting --config " + settingsFile);
        out.println(CliText.both("demo.stats"));
        out.println("  ./tiepdon stats --config " + settingsFile);
        out.println(CliText.both("demo.admin", adminPin));
        settings.payment().ifPresent(payment -> out.println(CliText.both("demo.paymentApi", "http://"
                + payment.api().address().getHostString() + ":" + payment.api().address().getPort())));
        if (server.isPresent()) {
            out.println(CliText.both("demo.dashboard"));
            out.println("  " + server.get().url() + "/dashboard   " + DemoServer.USER + " / " + DemoServer.PASSWORD);
        } else if (!noServer) {
            out.println(CliText.both("demo.noServer"));
        }
        out.flush();
        KioskCommand.run(settings, false);
    }

    /** The admin screen opens with the printed PIN, and the payment API listens on the port given. */
    static KioskSettings withDemoAccess(KioskSettings settings, String adminPin, int paymentPort, Path data) {
        return changed(settings, data, Map.of(
                SettingsLoader.ADMIN_PIN_HASH, vn.tiepdon.admin.AdminPin.create(adminPin).stored(),
                SettingsLoader.PAYMENT_API_LISTEN, "127.0.0.1:" + paymentPort));
    }

    /** The demo kiosk sends to the demo server every 30 s, so a ticket shows on the dashboard within a minute. */
    private KioskSettings sendingTo(DemoServer server, KioskSettings settings) {
        return changed(settings, data, Map.of(SettingsLoader.SYNC_URL, server.url(),
                SettingsLoader.SYNC_TOKEN, server.token(), SettingsLoader.SYNC_FACILITY, DemoServer.FACILITY,
                SettingsLoader.SYNC_INTERVAL_SECONDS, "30"));
    }

    /** The demo's settings with some keys set, read back through the same checks as a settings file. */
    private static KioskSettings changed(KioskSettings settings, Path data, Map<String, String> keys) {
        Properties properties = SettingsLoader.toProperties(settings);
        keys.forEach(properties::setProperty);
        try {
            return SettingsLoader.fromProperties(properties, data.toAbsolutePath());
        } catch (SettingsException e) {
            throw new IllegalStateException("the demo's own settings were refused: " + e.getMessage(), e);
        }
    }

    /** The port asked for when it is free, else any free one: a second demo must not fail for a busy port. */
    private static int freePort(int wanted) {
        for (int port : new int[] {wanted, 0}) {
            try (java.net.ServerSocket probe = new java.net.ServerSocket(port, 1,
                    java.net.InetAddress.getLoopbackAddress())) {
                return probe.getLocalPort();
            } catch (IOException busy) {
                // try the next
            }
        }
        return wanted;
    }

    private PrinterEmulator startPrinter() throws IOException {
        try {
            return new PrinterEmulator(printerPort, tickets, TextRasterizer.PAPER_80MM).start();
        } catch (IOException busy) {
            // Another emulator (or a real print server) holds the port: any free port will do for the demo.
            return new PrinterEmulator(0, tickets, TextRasterizer.PAPER_80MM).start();
        }
    }

    /** @return null when socat is missing: scans are then typed into this terminal */
    private ScannerSimulator startScanner(PrintWriter out) throws IOException {
        if (!ScannerSimulator.socatAvailable()) {
            out.println(CliText.both("demo.noSocat"));
            return null;
        }
        return ScannerSimulator.start(pty, Framing.CR);
    }

    /** So that {@code ticket issue --config} at the "reception desk" shares the demo kiosk's numbering. */
    private Path writeSettings(KioskSettings settings) throws IOException {
        Properties desk = SettingsLoader.toProperties(settings);
        // A reception desk has no scanner.
        desk.remove(SettingsLoader.SCANNER_PORT);
        Files.createDirectories(data);
        Path file = data.resolve("tiepdon.properties").toAbsolutePath();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            desk.store(writer, "Written by ./tiepdon demo; see packaging/config/tiepdon.example.properties");
        }
        return file;
    }
}
