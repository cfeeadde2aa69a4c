package vn.tiepdon.kiosk;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.ticket.PrintProblem;

/**
 * The words on the kiosk screens in one language. Every text is a {@link MessageFormat}
 * pattern in {@code vn/tiepdon/kiosk/messages*.properties}; Vietnamese is the base bundle.
 */
public final class Texts {

    public static final String BUNDLE = "vn.tiepdon.kiosk.messages";

    private static final Logger LOG = LoggerFactory.getLogger(Texts.class);
    /** Dates as Vietnamese papers write them, for both languages: a patient compares it with their card. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /**
     * Without this, asking for Vietnamese on a machine whose default locale is English would
     * silently return the English bundle, because there is no messages_vi file.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    public static Texts of(Locale locale) {
        return new Texts(locale, ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, arguments filled in. A missing key shows the key, never an error. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing text {} for {}", key, locale);
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public String rejection(RejectionReason reason) {
        return get("scan.rejected." + reason.name());
    }

    /** What went wrong with the printer and what to do, naming the number that is already recorded. */
    public String printProblem(PrintProblem problem, String ticketNumber) {
        return get("print.problem." + problem.name(), ticketNumber);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** With the day of the week, for the header: "Thứ Năm, 03/12/2026". */
    public String dateWithWeekday(LocalDate date) {
        if (date == null) {
            return "";
        }
        // From the bundle, not the JDK's locale data, whose loading cost the first screen a tenth of a second.
        return get("weekday." + date.getDayOfWeek().getValue()) + ", " + DATE.format(date);
    }
}
