package vn.tiepdon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tiepdon.print.TextRasterizer;
import vn.tiepdon.print.sim.EmulatedState;
import vn.tiepdon.print.sim.PrinterEmulator;
import vn.tiepdon.scan.Framing;
import vn.tiepdon.scan.sim.ScannerSimulator;
import vn.tiepdon.scan.sim.SocatMissingException;

/** {@code tiepdon sim}: device simulators that speak the real protocols, for trying things out and for tests. */
@Command(name = "sim", description = "Thiết bị giả lập / Simulated devices.", mixinStandardHelpOptions = true,
        subcommands = {SimCommand.Printer.class, SimCommand.Scan.class, SimTransferCommand.class})
final class SimCommand {

    @Command(name = "printer", mixinStandardHelpOptions = true,
            description = {"Máy in giả lập ESC/POS qua TCP; mỗi phiếu lưu thành PNG và tệp văn bản.",
                    "ESC/POS printer emulator on TCP (127.0.0.1); each ticket is saved as a PNG and a decoded text file.",
                    "Runs until Ctrl+C."})
    static final class Printer implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--port", defaultValue = "9100", description = "TCP port (default ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--out", defaultValue = "tickets", paramLabel = "DIR",
                description = "Thư mục lưu phiếu / Where tickets are written (default ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--status", defaultValue = "ready", paramLabel = "STATE",
                description = "ready, paper-near-end, paper-out, cover-open, offline, no-answer.")
        String status;

        @Option(names = "--paper-width", defaultValue = "" + TextRasterizer.PAPER_80MM, paramLabel = "DOTS")
        int paperWidthDots;

        @Override
        public Integer call() throws IOException, InterruptedException {
            EmulatedState state;
            try {
                state = EmulatedState.parse(status);
            } catch (IllegalArgumentException e) {
                throw CliText.rejected("sim.badStatus", e.getMessage());
            }
            try (PrinterEmulator emulator = new PrinterEmulator(port, out, paperWidthDots)) {
                emulator.state(state);
                try {
                    emulator.start();
                } catch (IOException e) {
                    throw CliText.failed("sim.portBusy", port, e.getMessage());
                }
                spec.commandLine().getOut().println(CliText.both("sim.printerReady", emulator.port(),
                        out.toAbsolutePath(), state.name()));
                spec.commandLine().getOut().flush();
                new CountDownLatch(1).await();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = {"Máy quét giả lập trên một pseudo-terminal (socat) / A simulated scanner on a pseudo-terminal (socat).",
                    "With PAYLOAD and a simulator already running at --pty: types the payload into it and exits.",
                    "Otherwise: creates the terminal at --pty (open it as the kiosk's scanner port), types any PAYLOAD,",
                    "then types each line read from standard input as one scan, until end of input or Ctrl+C."})
    static final class Scan implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--pty", required = true, paramLabel = "PATH",
                description = "Đường dẫn terminal, ví dụ /tmp/ttyScanner / Terminal path, e.g. /tmp/ttyScanner.")
        Path pty;

        @Option(names = "--framing", defaultValue = "CR", description = "CR, LF, CRLF or GAP (default ${DEFAULT-VALUE}).")
        String framing;

        @Parameters(arity = "0..*", paramLabel = "PAYLOAD", description = "Nội dung mã QR / QR payloads, one scan each.")
        List<String> payloads = List.of();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (!payloads.isEmpty() && payloads.stream().allMatch(
                    p -> ScannerSimulator.sendToRunning(pty, p.getBytes(StandardCharsets.UTF_8)))) {
                out.println(CliText.both("sim.scanSent", payloads.size(), pty));
                return ExitCodes.OK;
            }
            Framing chosen;
            try {
                chosen = Framing.parse(framing);
            } catch (IllegalArgumentException e) {
                throw CliText.rejected("sim.badFraming", framing);
            }
            try (ScannerSimulator simulator = ScannerSimulator.start(pty, chosen)) {
                for (String payload : payloads) {
                    simulator.type(payload.getBytes(StandardCharsets.UTF_8));
                }
                out.println(CliText.both("sim.scanReady", pty));
                out.flush();
                simulator.typeLinesFrom(System.in);
            } catch (SocatMissingException e) {
                throw CliText.failed("sim.noSocat");
            } catch (IllegalStateException e) {
                throw CliText.failed("sim.scanBusy", pty);
            }
            return ExitCodes.OK;
        }
    }
}
