package vn.tiepdon.config.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs {@link LoggingProbe} in a new JVM whose class path is the production one: the main classes
 * and libraries, plus the probe alone, without target/test-classes and so without logback-test.xml.
 * Logback then configures itself exactly as in the shipped kiosk.
 */
final class ProbeRun {

    private ProbeRun() {
    }

    /** Runs the probe in {@code workDir} with extra JVM options; returns what it printed on the console. */
    static String console(Path workDir, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(jvmOptions));
        command.addAll(List.of("-cp", productionClassPathWithProbe(workDir), LoggingProbe.class.getName()));
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .start();
        String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("probe exit code; console: %s", console).isZero();
        return console;
    }

    private static String productionClassPathWithProbe(Path workDir) throws IOException {
        Path testClasses = Path.of(pathOf(LoggingProbe.class));
        Path probeDir = Files.createDirectories(workDir.resolve("probe-classes"));
        String classFile = LoggingProbe.class.getName().replace('.', '/') + ".class";
        Path copy = probeDir.resolve(classFile);
        Files.createDirectories(copy.getParent());
        try (InputStream in = LoggingProbe.class.getClassLoader().getResourceAsStream(classFile)) {
            Files.copy(in, copy);
        }
        List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath()))
                .collect(Collectors.toCollection(ArrayList::new));
        assertThat(entries).as("class path without test classes").hasSizeLessThan(
                System.getProperty("java.class.path").split(File.pathSeparator).length);
        entries.add(probeDir.toString());
        return String.join(File.pathSeparator, entries);
    }

    private static String pathOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
