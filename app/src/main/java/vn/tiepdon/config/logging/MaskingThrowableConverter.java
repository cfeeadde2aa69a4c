package vn.tiepdon.config.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import vn.tiepdon.identity.IdMask;

/** Stack traces with every 12-digit run masked ({@code %maskedEx}); see {@link MaskingConverter}. */
public class MaskingThrowableConverter extends ThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return IdMask.maskIdsIn(super.convert(event));
    }
}
