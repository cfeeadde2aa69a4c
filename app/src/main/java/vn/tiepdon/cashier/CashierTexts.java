package vn.tiepdon.cashier;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.InvalidPaymentRequest;
import vn.tiepdon.payment.desk.DeskRefusal;

/**
 * The words of the cashier window and the customer display, from {@code vn/tiepdon/cashier/messages*.properties}:
 * always both languages, Vietnamese first, because a hospital's patients and a visiting engineer read different ones.
 */
public final class CashierTexts {

    public static final String BUNDLE = "vn.tiepdon.cashier.messages";

    private static final Logger LOG = LoggerFactory.getLogger(CashierTexts.class);
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Without it a machine set to English would hand the English bundle back for Vietnamese. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle vi;
    private final ResourceBundle en;

    public CashierTexts() {
        this.vi = ResourceBundle.getBundle(BUNDLE, VI, NO_FALLBACK);
        this.en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK);
    }

    /** An argument that is itself {@link Bilingual} gives each language its own words. */
    public Bilingual get(String key, Object... args) {
        return new Bilingual(format(vi, key, side(args, Bilingual::vi)), format(en, key, side(args, Bilingual::en)));
    }

    private static Object[] side(Object[] args, Function<Bilingual, String> language) {
        Object[] one = args.clone();
        for (int i = 0; i < one.length; i++) {
            if (one[i] instanceof Bilingual both) {
                one[i] = language.apply(both);
            }
        }
        return one;
    }

    /** What the cashier typed breaks a VietQR rule: which field, and what to type instead. */
    public Bilingual invalid(InvalidPaymentRequest invalid) {
        return get("invalid." + invalid.rule().name(), get("field." + invalid.field().name()), invalid.limit());
    }

    /** Names the bill the desk refused: a late transfer's, even when the cashier's list no longer holds it. */
    public Bilingual refusal(DeskRefusal refusal) {
        return get("refusal." + refusal.reason().name(), refusal.billNumber());
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing cashier text {} for {}", key, bundle.getLocale());
            return key;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
