package vn.tiepdon.sync.server.dashboard;

import io.javalin.http.Context;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The dashboard's words in the reader's language: Vietnamese unless they chose English ({@code ?lang=en}, then
 * remembered in a cookie).
 */
final class DashboardText {

    static final Locale VIETNAMESE = Locale.of("vi", "VN");
    static final String COOKIE = "tiepdon_lang";

    private final ResourceBundle bundle;
    private final Locale locale;

    private DashboardText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("vn.tiepdon.sync.server.dashboard.dashboard",
                locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language asked for on this request, or remembered, or Vietnamese. */
    static DashboardText of(Context ctx) {
        String asked = ctx.queryParam("lang");
        if ("en".equals(asked) || "vi".equals(asked)) {
            ctx.cookie(new io.javalin.http.Cookie(COOKIE, asked, "/", 365 * 24 * 3600, ctx.req().isSecure(), true,
                    null, io.javalin.http.SameSite.LAX));
        } else {
            asked = ctx.cookie(COOKIE);
        }
        return new DashboardText("en".equals(asked) ? Locale.ENGLISH : VIETNAMESE);
    }

    Locale locale() {
        return locale;
    }

    boolean english() {
        return locale.getLanguage().equals("en");
    }

    String code() {
        return english() ? "en" : "vi";
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    List<String> keys(String prefix) {
        return Collections.list(bundle.getKeys()).stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }
}
