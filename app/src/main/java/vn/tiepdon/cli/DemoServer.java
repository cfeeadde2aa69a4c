package vn.tiepdon.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's local indicator server: a process of its own, as in a hospital (the kiosk never hosts it), on a SQLite
 * file beside the demo's data, with the demo kiosk enrolled and a demo administrator. The kiosk reaches it only over
 * HTTP, as it would reach a real one; the app does not link the server's code.
 */
final class DemoServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoServer.class);

    static final String MAIN = "vn.tiepdon.sync.server.cli.ServerMain";
    static final String FACILITY = "DEMO";
    static final String USER = "demo";
    /** A demo login printed on the screen: nothing to protect in a demo database. */
    static final String PASSWORD = "demo-tiepdon";
    private static final Duration START = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final String token;

    private DemoServer(Process process, int port, String token) {
        this.process = process;
        this.port = port;
        this.token = token;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String token() {
        return token;
    }

    /**
     * Enrols {@code kiosk}, adds the demo login (once) and starts the server on {@code port}; empty, with the reason
     * logged, when the server is not in this build or cannot start (the demo then runs without it).
     */
    static Optional<DemoServer> start(Path data, String kiosk, int port) {
        try {
            Class.forName(MAIN, false, DemoServer.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            LOG.warn("Demo: the indicator server is not in this build; the kiosk runs without it");
            return Optional.empty();
        }
        Path db = data.resolve("indicators.db").toAbsolutePath();
        Path log = data.resolve("indicator-server.log").toAbsolutePath();
        try {
            Files.createDirectories(data);
            boolean firstRun = !Files.exists(db);
            List<String> enrolled = runToEnd(List.of("kiosk", "add", "--facility", FACILITY, "--kiosk", kiosk,
                    "--new-token", "--db", db.toString()), "", log);
            String token = enrolled.stream().filter(line -> line.matches("[A-Za-z0-9_-]{43}")).findFirst()
                    .orElseThrow(() -> new IOException("the server printed no token"));
            if (enrolled.stream().noneMatch(line -> line.contains(kiosk))) {
                throw new IOException("the server did not enrol " + kiosk);
            }
            if (firstRun) {
                // Each is a Java start on a slow PC: done once, kept in the demo's database for the next runs.
                runToEnd(List.of("user", "add", USER, "--role", "admin", "--db", db.toString()), PASSWORD + "\n", log);
                runToEnd(List.of("name", "facility", FACILITY, "Bệnh viện Demo Tiếp Đón", "Tiếp Đón demo hospital",
                        "--db", db.toString()), "", log);
                for (String[] service : new String[][] {{"KBHYT", "Khám BHYT", "Health-insurance consultation"},
                        {"KDV", "Khám dịch vụ", "Paid consultation"}, {"XN", "Xét nghiệm", "Laboratory tests"}}) {
                    runToEnd(List.of("name", "service", service[0], service[1], service[2], "--db", db.toString()),
                            "", log);
                }
            }
            // Standard input stays a pipe from this process: the server stops when it closes, however the demo ends.
            Process server = command(List.of("--db", db.toString(), "--listen", "127.0.0.1:" + port,
                    "--stop-when-input-closes"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            DemoServer started = new DemoServer(server, port, token);
            // Ctrl+C or SIGTERM end the demo without reaching its finally blocks: the server must not outlive it.
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "demo-server-stop"));
            if (!started.awaitListening()) {
                started.close();
                LOG.warn("Demo: the indicator server did not start within {} s; see {}", START.toSeconds(), log);
                return Optional.empty();
            }
            return Optional.of(started);
        } catch (IOException e) {
            LOG.warn("Demo: the indicator server could not be started: {}; see {}", e.getMessage(), log);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The same Java, class path and options as this process, running the server's command line. */
    private static ProcessBuilder command(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        String logDir = System.getProperty("tiepdon.logDir");
        if (logDir != null) {
            command.add("-Dtiepdon.logDir=" + logDir);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN);
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    private static List<String> runToEnd(List<String> args, String stdin, Path log)
            throws IOException, InterruptedException {
        Process process = command(args).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("server " + args.get(0) + " did not finish");
        }
        // The log keeps what the server said, without the token line.
        Files.writeString(log, out.replaceAll("(?m)^[A-Za-z0-9_-]{43}$", "(token)"), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return out.lines().toList();
    }

    /** Until the port answers or the process ends: the server prints nothing the demo could wait for instead. */
    private boolean awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return true;
            } catch (IOException notYet) {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
        }
        return false;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
