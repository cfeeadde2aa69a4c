package vn.tiepdon.kiosk;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.queue.Service;

/**
 * The part of the kiosk configuration the patient flow needs.
 *
 * @param idleTimeout  how long any screen waits for a touch before going back to the start
 * @param doneDisplay  how long the ticket number stays on screen after printing
 */
public record FlowSettings(List<Service> services, Locale defaultLocale, Duration idleTimeout, Duration doneDisplay) {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Long enough to read the number twice, short enough that the next patient does not see it. */
    public static final Duration DEFAULT_DONE_DISPLAY = Duration.ofSeconds(10);

    public FlowSettings {
        services = List.copyOf(services);
        defaultLocale = defaultLocale == null ? VIETNAMESE : defaultLocale;
        idleTimeout = positiveOr(idleTimeout, DEFAULT_IDLE_TIMEOUT);
        doneDisplay = positiveOr(doneDisplay, DEFAULT_DONE_DISPLAY);
    }

    public static FlowSettings from(KioskSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new FlowSettings(settings.services(), settings.defaultLocale(), settings.idleTimeout(), null);
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
