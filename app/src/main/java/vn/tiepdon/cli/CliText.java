package vn.tiepdon.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * CLI messages, always given in both languages on one line: the reception desk reads Vietnamese,
 * a visiting engineer may not.
 */
public final class CliText {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.tiepdon.cli.cli";

    private CliText() {
    }

    /** {@code "<vi> / <en>"}, or just one when both are the same. */
    public static String both(String key, Object... args) {
        String vi = one(VI, key, args);
        String en = one(Locale.ENGLISH, key, args);
        return vi.equals(en) ? vi : vi + " / " + en;
    }

    public static String one(Locale locale, String key, Object... args) {
        return format(ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)), key, args);
    }

    static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public static UserError rejected(String key, Object... args) {
        return new UserError(ExitCodes.REJECTED, both(key, args));
    }

    public static UserError failed(String key, Object... args) {
        return new UserError(ExitCodes.FAILED, both(key, args));
    }
}
