package vn.tiepdon.config.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program using the production logback.xml, started as the CLI is, prints nothing on the
 * console: not the error it logs, and not Logback's own complaint when the log folder is unusable.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class QuietConsoleTest {

    @TempDir
    Path folder;

    @Test
    void logsToTheFileAndNothingToTheConsole() throws Exception {
        Path logDir = folder.resolve("logs");
        assertThat(runProbe(logDir)).isEmpty();
        assertThat(Files.readString(logDir.resolve("tiepdon.log"), StandardCharsets.UTF_8))
                .contains("probe failure")
                .contains("probe 0010******56");
    }

    @Test
    void staysQuietWhenTheLogFolderCannotBeCreated() throws Exception {
        Path aFile = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThat(runProbe(aFile.resolve("logs"))).isEmpty();
    }

    /** Runs {@link LoggingProbe} in a new JVM with the production configuration; returns its console output. */
    private static String runProbe(Path logDir) throws IOException, InterruptedException {
        Path production = Path.of(System.getProperty("user.dir"), "target", "classes", "logback.xml");
        assertThat(production).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(),
                "-Dlogback.configurationFile=" + production,
                "-Dtiepdon.logDir=" + logDir,
                "-cp", System.getProperty("java.class.path"),
                LoggingProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return console;
    }
}
