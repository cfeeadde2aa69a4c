package vn.tiepdon.config.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Where a program configured as the shipped kiosk writes its log, and when an XML file takes over. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class LogFileLocationTest {

    @TempDir
    Path folder;

    @Test
    void writesTheRollingFileInTheFolderNamedByTiepdonLogDir() throws Exception {
        Path logDir = folder.resolve("var").resolve("tiepdon-logs");
        ProbeRun.console(folder, "-Dtiepdon.logDir=" + logDir);

        assertThat(Files.readString(logDir.resolve("tiepdon.log"), StandardCharsets.UTF_8)).contains("probe failure");
        assertThat(folder.resolve("logs")).doesNotExist();
    }

    @Test
    void writesUnderLogsInTheWorkingFolderWhenNoFolderIsNamed() throws Exception {
        ProbeRun.console(folder);

        assertThat(Files.readString(folder.resolve("logs").resolve("tiepdon.log"), StandardCharsets.UTF_8))
                .contains("probe failure");
    }

    @Test
    void anXmlFileNamedByLogbackConfigurationFileTakesOver() throws Exception {
        Path other = folder.resolve("support.log");
        Path xml = Files.writeString(folder.resolve("support.xml"), """
                <configuration>
                  <appender name="F" class="ch.qos.logback.core.FileAppender">
                    <file>%s</file>
                    <encoder><pattern>support %%msg%%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="F"/></root>
                </configuration>
                """.formatted(other));
        Path logDir = folder.resolve("logs");

        ProbeRun.console(folder, "-Dlogback.configurationFile=" + xml, "-Dtiepdon.logDir=" + logDir);

        assertThat(Files.readString(other, StandardCharsets.UTF_8)).contains("support probe failure");
        assertThat(logDir.resolve("tiepdon.log")).doesNotExist();
    }

    @Test
    void aConfigurationFilePropertyNamingNothingKeepsTheBuiltInLogAndTheConsoleQuiet() throws Exception {
        Path logDir = folder.resolve("logs");

        String console = ProbeRun.console(folder, "-Dlogback.configurationFile=" + folder.resolve("missing.xml"),
                "-Dtiepdon.logDir=" + logDir);

        assertThat(console).isEmpty();
        assertThat(Files.readString(logDir.resolve("tiepdon.log"), StandardCharsets.UTF_8))
                .contains("probe 0010******56");
    }
}
