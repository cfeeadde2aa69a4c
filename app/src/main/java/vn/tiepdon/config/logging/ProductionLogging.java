package vn.tiepdon.config.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.model.ModelConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.util.FileSize;
import ch.qos.logback.core.util.OptionHelper;
import ch.qos.logback.core.util.StatusListenerConfigHelper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tiếp Đón's logging, built in code: one rolling file, nothing on the console.
 * <p>
 * This used to be logback.xml; reading XML (Joran) cost about 100 ms of CPU during kiosk start-up,
 * which on a two-core kiosk PC delays the first frame. The behaviour is the same as that file's:
 * <ul>
 *   <li>the file is {@code <tiepdon.logDir>/tiepdon.log} (the launcher sets the property; default
 *       {@code ./logs}), rolled daily and at 10 MB into {@code tiepdon.yyyy-MM-dd.N.log.gz}, kept
 *       14 days and 500 MB at most, old files cleaned at start;</li>
 *   <li>messages and stack traces pass through {@link MaskingConverter} and
 *       {@link MaskingThrowableConverter}, so a 12-digit citizen ID never reaches the file in full;</li>
 *   <li>nothing goes to the console: the command line prints its own messages and reception staff
 *       must never see a stack trace. Logback's own problems (say, a log folder that cannot be
 *       written) stay quiet too, because a status listener is installed: without one Logback
 *       prints its errors on the console. Only {@code -Dlogback.debug=true} shows Logback's own
 *       status there, as it did with the XML file.</li>
 * </ul>
 */
final class ProductionLogging {

    /** System property (or Logback context property) naming the log folder. */
    static final String LOG_DIR_PROPERTY = "tiepdon.logDir";
    static final String DEFAULT_LOG_DIR = "./logs";
    static final String FILE_NAME = "tiepdon.log";
    static final int DAYS_KEPT = 14;

    static final String PATTERN =
            "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %maskedMsg%n%maskedEx";

    private ProductionLogging() {
    }

    /** Sets up {@code context} (fresh, not yet configured) to write the kiosk's log file. */
    static void configure(LoggerContext context) {
        // With any status listener installed, Logback does not print its own errors on the console.
        context.getStatusManager().add(new NopStatusListener());
        if (debugAsked()) {
            // -Dlogback.debug=true, as honoured by XML configurations: how support sees why no log is written.
            StatusListenerConfigHelper.addOnConsoleListenerInstance(context, new OnConsoleStatusListener());
        }
        registerMaskingConversionWords(context);

        String dir = logFolder(context);
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/" + FILE_NAME);
        file.setRollingPolicy(rollingPolicy(context, file, dir));
        file.setEncoder(encoder(context));
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        // HttpClient writes every header (the sync token among them) and every byte at DEBUG: never, whatever
        // level IT turns the rest up to.
        for (String secretBearing : SECRET_BEARING_LOGGERS) {
            context.getLogger(secretBearing).setLevel(Level.OFF);
        }
    }

    /** Loggers of libraries that write credentials when asked for detail. */
    static final java.util.List<String> SECRET_BEARING_LOGGERS = java.util.List.of(
            "org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire");

    private static boolean debugAsked() {
        String debug = OptionHelper.getSystemProperty(ModelConstants.DEBUG_SYSTEM_PROPERTY_KEY, null);
        return !(OptionHelper.isNullOrEmptyOrAllSpaces(debug) || "false".equalsIgnoreCase(debug)
                || "null".equalsIgnoreCase(debug));
    }

    /**
     * As {@code ${tiepdon.logDir:-./logs}} resolved in XML: a context property first, then the
     * system property, then an environment variable of that name, else the default.
     */
    static String logFolder(LoggerContext context) {
        String dir = OptionHelper.propertyLookup(LOG_DIR_PROPERTY, context, null);
        return dir != null ? dir : DEFAULT_LOG_DIR;
    }

    /**
     * Makes {@code %maskedMsg} and {@code %maskedEx} known to every pattern in this context, in
     * the registry Logback 1.5 reads when a pattern layout starts (what {@code <conversionRule>} fills).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerMaskingConversionWords(LoggerContext context) {
        Map<String, Supplier<DynamicConverter>> rules =
                (Map<String, Supplier<DynamicConverter>>) context.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        if (rules == null) {
            rules = new HashMap<>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        }
        rules.put("maskedMsg", MaskingConverter::new);
        rules.put("maskedEx", MaskingThrowableConverter::new);
    }

    private static SizeAndTimeBasedRollingPolicy<ILoggingEvent> rollingPolicy(LoggerContext context,
            RollingFileAppender<ILoggingEvent> file, String dir) {
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(dir + "/tiepdon.%d{yyyy-MM-dd}.%i.log.gz");
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(DAYS_KEPT);
        policy.setTotalSizeCap(FileSize.valueOf("500MB"));
        policy.setCleanHistoryOnStart(true);
        policy.start();
        return policy;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }
}
