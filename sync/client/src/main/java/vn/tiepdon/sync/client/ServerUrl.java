package vn.tiepdon.sync.client;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule about where counts may go: over HTTPS, or plain HTTP only to this machine (a test server, a local
 * proxy). Decided from the URL's text alone, before any name is looked up or any connection made, so a typo never
 * sends a token in clear over the hospital's network.
 */
public final class ServerUrl {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");

    private ServerUrl() {
    }

    /**
     * @return {@code url} when it may be used
     * @throws IllegalArgumentException saying why not
     */
    public static URI check(URI url) {
        if (url == null) {
            throw new IllegalArgumentException("the server URL is missing");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || url.getRawUserInfo() != null || url.getRawQuery() != null
                || url.getRawFragment() != null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("'" + url + "' is not a server address like https://host[:port][/path]");
        }
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            throw new IllegalArgumentException("plain http is refused for " + url.getHost()
                    + ": use https:// (http:// only to this machine: localhost, 127.0.0.1, [::1])");
        }
        return url;
    }

    /** Parses and checks; {@link IllegalArgumentException} for text that is not a URL too. */
    public static URI parse(String text) {
        URI url;
        try {
            url = new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a server address like https://host[:port]");
        }
        return check(url);
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || IPV4_LOOPBACK.matcher(h).matches()
                && h.chars().filter(c -> c == '.').count() == 3 && octetsFit(h);
    }

    private static boolean octetsFit(String ipv4) {
        for (String part : ipv4.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
