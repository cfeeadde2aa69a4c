package vn.tiepdon.config.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logs through the production logback.xml, in a context of its own, into a temporary folder. */
class LoggingConfigurationTest {

    @TempDir
    Path logDir;

    private LoggerContext context;

    @BeforeEach
    void configureFromProductionFile() throws Exception {
        context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // a context made by hand has none
        context.putProperty("tiepdon.logDir", logDir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL production = LoggingConfigurationTest.class.getResource("/logback.xml");
        assertThat(production).as("production logback.xml on the class path").isNotNull();
        configurator.doConfigure(production);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void masksIdNumbersInMessagesAndStackTraces() throws Exception {
        Logger log = context.getLogger("vn.tiepdon.test");
        log.info("scan from card {}", "001090123456");
        log.warn("could not register", new IllegalStateException("bad payload 079305001234|Trần Thị Bình"));
        context.stop(); // flushes and closes the file

        String written = Files.readString(logDir.resolve("tiepdon.log"), StandardCharsets.UTF_8);
        assertThat(written).contains("scan from card 0010******56");
        assertThat(written).contains("bad payload 0793******34");
        assertThat(written).contains("at vn.tiepdon.config.logging.LoggingConfigurationTest");
        assertThat(written).doesNotContain("001090123456").doesNotContain("079305001234");
    }

    @Test
    void writesOnlyToARollingFileKeptForFourteenDays() {
        List<Object> appenders = new ArrayList<>();
        context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appenders::add);

        assertThat(appenders).hasSize(1).noneMatch(ConsoleAppender.class::isInstance);
        RollingFileAppender<?> file = (RollingFileAppender<?>) appenders.getFirst();
        assertThat(Path.of(file.getFile())).isEqualTo(logDir.resolve("tiepdon.log"));
        assertThat(file.getRollingPolicy()).isInstanceOfSatisfying(SizeAndTimeBasedRollingPolicy.class,
                policy -> assertThat(policy.getMaxHistory()).isEqualTo(14));
    }
}
