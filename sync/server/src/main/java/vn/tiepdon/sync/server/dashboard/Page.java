package vn.tiepdon.sync.server.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page from a template under this package: {@code {{name}}} is replaced by a value, HTML-escaped unless it
 * was given as markup this code built (and escaped) itself. A placeholder left without a value is a bug, not a blank.
 */
final class Page {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z.]+)}}");
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

    private final String template;
    private final Map<String, String> values = new HashMap<>();

    private Page(String template) {
        this.template = template;
    }

    static Page of(String name) {
        return new Page(TEMPLATES.computeIfAbsent(name, Page::load));
    }

    /** A text value, escaped. */
    Page with(String name, String text) {
        values.put(name, escape(text));
        return this;
    }

    /** Every entry of a bundle under a prefix ("login." → {{name}}, {{password}}…), escaped. */
    Page withAll(DashboardText text, String prefix) {
        text.keys(prefix).forEach(key -> with(key.substring(prefix.length()), text.get(key)));
        return this;
    }

    /** Markup built by the caller from escaped parts. */
    Page withMarkup(String name, String html) {
        values.put(name, html);
        return this;
    }

    String render() {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder html = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(html, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(html);
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String load(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
