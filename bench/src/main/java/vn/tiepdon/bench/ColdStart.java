package vn.tiepdon.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.tiepdon.scan.Framing;
import vn.tiepdon.scan.sim.ScannerSimulator;

/**
 * Kiosk cold start to the attract screen against a bare JavaFX window, started the same way
 * (same JVM, same flags, same probe), alternating, in one run. Needs a display (bench/run uses Xvfb).
 * <p>
 * Usage: {@code ColdStart LIB_DIR [RUNS]} (default 5 runs of each).
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        Path lib = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("tiepdon-startup");
        // The attract screen needs a scanner: without one the kiosk (rightly) opens on its out-of-service screen.
        try (ScannerSimulator scanner = plugInScanner(dir)) {
            Path settings = writeSettings(dir, scanner == null ? dir.resolve("no-scanner") : scanner.link());
            measure(javaCommand(lib), settings, runs, scanner != null);
        }
    }

    private static void measure(List<String> command, Path settings, int runs, boolean attract)
            throws IOException, InterruptedException {

        long[] bare = new long[runs];
        long[] kiosk = new long[runs];
        run(command, List.of("bare"));  // warm the OS file cache once, for both alike
        for (int i = 0; i < runs; i++) {
            bare[i] = run(command, List.of("bare"));
            kiosk[i] = run(command, List.of("kiosk", settings.toString()));
        }
        Arrays.sort(bare);
        Arrays.sort(kiosk);
        long bareMedian = bare[runs / 2];
        long kioskMedian = kiosk[runs / 2];
        System.out.printf(Locale.ROOT, "cold start to first frame, %d runs each (ms): bare JavaFX %s, kiosk %s%n",
                runs, Arrays.toString(bare), Arrays.toString(kiosk));
        System.out.printf(Locale.ROOT, "median: bare %d ms, kiosk %d ms, ratio %.2f%n", bareMedian, kioskMedian,
                (double) kioskMedian / bareMedian);
        if (!attract) {
            System.out.println("(no socat: the kiosk had no scanner and started on its out-of-service screen)");
        }
    }

    /** A simulated scanner on a pseudo-terminal, as the demo has; null without socat. */
    private static ScannerSimulator plugInScanner(Path dir) throws IOException {
        if (!ScannerSimulator.socatAvailable()) {
            return null;
        }
        // No scans are sent: the framing does not matter here.
        return ScannerSimulator.start(dir.resolve("scanner"), Framing.CR);
    }

    /**
     * As packaging/tiepdon.sh starts the kiosk: C1 only, JavaFX on the module path, everything else on
     * the class path. Both programs get exactly these options.
     */
    private static List<String> javaCommand(Path lib) throws IOException {
        String fx;
        try (Stream<Path> jars = Files.list(lib)) {
            fx = jars.filter(p -> p.getFileName().toString().matches("javafx-.*-(linux|win|mac).*\\.jar"))
                    .map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), "-XX:TieredStopAtLevel=1", "--module-path", fx, "--add-modules", "ALL-MODULE-PATH",
                "--enable-native-access=javafx.graphics,ALL-UNNAMED",
                "-cp", productClassPath(), StartupProbe.class.getName());
    }

    /**
     * The bench's class path without the modules' test jars: app's carries the tests' logback-test.xml, and with it on
     * the class path the kiosk configured Logback from XML (≈ 0.3 s) instead of its own configurator, measuring a
     * start-up no installed kiosk has.
     */
    private static String productClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("-tests.jar"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static long run(List<String> command, List<String> args) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.addAll(args);
        Process process = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("first-frame-ms ")) {
                    return Long.parseLong(line.substring("first-frame-ms ".length()).strip());
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        throw new IllegalStateException("no first frame from " + args + " (is there a display?)");
    }

    private static Path writeSettings(Path dir, Path scanner) throws IOException {
        Path file = dir.resolve("tiepdon.properties");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("""
                    hospital.name=Bệnh viện Đa khoa Tỉnh Demo
                    service.1.code=KBHYT
                    service.1.prefix=A
                    service.1.name.vi=Khám BHYT
                    service.1.name.en=Health-insurance consultation
                    service.2.code=KDV
                    service.2.prefix=B
                    service.2.name.vi=Khám dịch vụ
                    service.2.name.en=Paid consultation
                    scanner.port=%s
                    printer.address=tcp:127.0.0.1:9
                    data.dir=%s
                    """.formatted(scanner, dir.resolve("data")));
        }
        return file;
    }
}
