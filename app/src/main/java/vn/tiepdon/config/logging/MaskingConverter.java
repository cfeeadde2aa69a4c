package vn.tiepdon.config.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import vn.tiepdon.identity.IdMask;

/**
 * The log message with every 12-digit run masked ({@code %maskedMsg}, registered by {@link ProductionLogging}).
 * Defence in depth: code must not log ID numbers or names in the first place, but a
 * payload that slips into an exception text must still not reach the file in full.
 */
public class MaskingConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return IdMask.maskIdsIn(event.getFormattedMessage());
    }
}
