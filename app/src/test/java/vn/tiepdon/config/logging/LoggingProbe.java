package vn.tiepdon.config.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Run in a separate JVM by {@link QuietConsoleTest}: logs an error with a stack trace, nothing else. */
public final class LoggingProbe {

    private LoggingProbe() {
    }

    public static void main(String[] args) {
        Logger log = LoggerFactory.getLogger(LoggingProbe.class);
        log.error("probe failure", new IllegalStateException("probe 001090123456"));
    }
}
