package vn.tiepdon.kiosk;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.PriorityRule;

/**
 * The part of the kiosk configuration the patient flow needs.
 *
 * @param idleTimeout  how long any screen waits for a touch before going back to the start
 * @param doneDisplay  how long the ticket number stays on screen after printing
 * @param priorityRule who is served first by age, to say so on the confirm screen
 */
public record FlowSettings(List<Service> services, Locale defaultLocale, Duration idleTimeout, Duration doneDisplay,
                           PriorityRule priorityRule) {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Long enough to read the number twice, short enough that the next patient does not see it. */
    public static final Duration DEFAULT_DONE_DISPLAY = Duration.ofSeconds(10);

    public FlowSettings {
        services = List.copyOf(services);
        defaultLocale = defaultLocale == null ? VIETNAMESE : defaultLocale;
        idleTimeout = positiveOr(idleTimeout, DEFAULT_IDLE_TIMEOUT);
        doneDisplay = positiveOr(doneDisplay, DEFAULT_DONE_DISPLAY);
        priorityRule = priorityRule == null ? PriorityRule.LAW_2023 : priorityRule;
    }

    /** With the priority ages of the law (children under 6, people from 75). */
    public FlowSettings(List<Service> services, Locale defaultLocale, Duration idleTimeout, Duration doneDisplay) {
        this(services, defaultLocale, idleTimeout, doneDisplay, PriorityRule.LAW_2023);
    }

    public static FlowSettings from(KioskSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new FlowSettings(settings.services(), settings.defaultLocale(), settings.idleTimeout(), null,
                settings.priority());
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
