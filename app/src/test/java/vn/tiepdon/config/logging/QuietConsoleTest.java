package vn.tiepdon.config.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program configured as the shipped kiosk is (by {@link LogFileConfigurator}, found as a service)
 * prints nothing on the console: not the error it logs, and not Logback's own complaint when the
 * log folder is unusable. Only {@code -Dlogback.debug=true}, for support, shows Logback's own status.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class QuietConsoleTest {

    @TempDir
    Path folder;

    @Test
    void logsToTheFileAndNothingToTheConsole() throws Exception {
        Path logDir = folder.resolve("logs");
        assertThat(ProbeRun.console(folder, "-Dtiepdon.logDir=" + logDir)).isEmpty();
        assertThat(Files.readString(logDir.resolve("tiepdon.log"), StandardCharsets.UTF_8))
                .contains("ERROR [main] v.t.config.logging.LoggingProbe - probe failure")
                .contains("probe 0010******56")
                .doesNotContain("001090123456");
    }

    @Test
    void staysQuietWhenTheLogFolderCannotBeCreated() throws Exception {
        Path aFile = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThat(ProbeRun.console(folder, "-Dtiepdon.logDir=" + aFile.resolve("logs"))).isEmpty();
    }

    @Test
    void showsLogbacksOwnStatusOnlyWhenSupportAsksWithLogbackDebug() throws Exception {
        Path aFile = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThat(ProbeRun.console(folder, "-Dlogback.debug=true", "-Dtiepdon.logDir=" + aFile.resolve("logs")))
                .contains("ERROR")
                .contains("not-a-folder");
    }
}
