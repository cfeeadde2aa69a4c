package vn.tiepdon.config.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logs through the production configuration, in a context of its own, into a temporary folder. */
class LoggingConfigurationTest {

    @TempDir
    Path logDir;

    private LoggerContext context;

    @BeforeEach
    void newContext() {
        context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // a context made by hand has none
        context.putProperty("tiepdon.logDir", logDir.toString());
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void masksIdNumbersInMessagesAndStackTraces() throws Exception {
        ProductionLogging.configure(context);
        Logger log = context.getLogger("vn.tiepdon.test");
        log.info("scan from card {}", "001090123456");
        log.warn("could not register", new IllegalStateException("bad payload 079305001234|Trần Thị Bình"));
        context.stop(); // flushes and closes the file

        String written = Files.readString(logDir.resolve("tiepdon.log"), StandardCharsets.UTF_8);
        assertThat(written).containsPattern(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[main] vn\\.tiepdon\\.test - scan from card 0010\\*{6}56");
        assertThat(written).contains("bad payload 0793******34|Trần Thị Bình");
        assertThat(written).contains("at vn.tiepdon.config.logging.LoggingConfigurationTest");
        assertThat(written).doesNotContain("001090123456").doesNotContain("079305001234");
    }

    @Test
    void writesOnlyToARollingFileKeptForFourteenDays() {
        ProductionLogging.configure(context);
        List<Object> appenders = new ArrayList<>();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.iteratorForAppenders().forEachRemaining(appenders::add);

        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(appenders).hasSize(1).noneMatch(ConsoleAppender.class::isInstance);
        RollingFileAppender<?> file = (RollingFileAppender<?>) appenders.getFirst();
        assertThat(file.isStarted()).isTrue();
        assertThat(Path.of(file.getFile())).isEqualTo(logDir.resolve("tiepdon.log"));
        assertThat(file.getRollingPolicy()).isInstanceOfSatisfying(SizeAndTimeBasedRollingPolicy.class, policy -> {
            assertThat(policy.getMaxHistory()).isEqualTo(14);
            assertThat(policy.isStarted()).isTrue();
            assertThat(policy.getFileNamePattern()).isEqualTo(logDir + "/tiepdon.%d{yyyy-MM-dd}.%i.log.gz");
        });
        assertThat(file.getTriggeringPolicy()).isSameAs(file.getRollingPolicy());
    }

    @Test
    void theHttpClientsHeadersAndWireNeverReachTheLogEvenAtDebug() {
        ProductionLogging.configure(context);
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.DEBUG);

        assertThat(context.getLogger("org.apache.hc.client5.http.headers").isDebugEnabled()).isFalse();
        assertThat(context.getLogger("org.apache.hc.client5.http.wire").isDebugEnabled()).isFalse();
        assertThat(context.getLogger("org.apache.hc.client5.http.impl").isDebugEnabled()).isTrue();
    }

    @Test
    void setsUpWithoutErrorsOrWarnings() {
        ProductionLogging.configure(context);

        assertThat(context.getStatusManager().getCopyOfStatusList())
                .allMatch(status -> status.getLevel() == Status.INFO, "only information statuses");
        assertThat(context.getStatusManager().getCopyOfStatusListenerList()).isNotEmpty();
    }

    @Test
    void stepsAsideForTheTestConfigurationOnTheClassPath() {
        LogFileConfigurator configurator = new LogFileConfigurator();
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders()).isExhausted();
    }
}
