package vn.tiepdon.sync.server.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The server CLI's messages, always in both languages on one line: {@code "<vi> / <en>"}. */
final class ServerText {

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.tiepdon.sync.server.cli.server";

    private ServerText() {
    }

    static String both(String key, Object... args) {
        String vi = one(VI, key, args);
        String en = one(Locale.ENGLISH, key, args);
        return vi.equals(en) ? vi : vi + " / " + en;
    }

    static String one(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The input was refused (exit 2). */
    static CliFailure rejected(String key, Object... args) {
        return new CliFailure(ServerMain.REJECTED, both(key, args));
    }

    /** Something other than the input went wrong (exit 1). */
    static CliFailure failed(String key, Object... args) {
        return new CliFailure(ServerMain.FAILED, both(key, args));
    }

    /** A failure the CLI explains in one line, already in both languages, with its exit code. */
    static final class CliFailure extends RuntimeException {
        private final int exitCode;

        CliFailure(int exitCode, String message) {
            super(message, null, false, false);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }
}
