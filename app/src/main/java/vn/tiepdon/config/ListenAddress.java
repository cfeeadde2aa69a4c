package vn.tiepdon.config;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code payment.api.listen} read as an address, not as text: {@code HOST:PORT}, {@code [IPv6]:PORT}. The address it
 * names is what the check is made on, so no spelling of "every interface" ({@code 0}, {@code 0.0.0},
 * {@code 00.0.0.0}, {@code [::]}, {@code [::ffff:0.0.0.0]}, a host name that resolves to it…) slips past: the API
 * holds the bank's notifications and the hospital's payment requests, and must stay on the network IT chose.
 */
final class ListenAddress {

    /** Looks a host name up; a literal address never reaches it. Tests give one that calls no name server. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final Resolver SYSTEM = InetAddress::getAllByName;

    private static final Pattern BRACKETED = Pattern.compile("\\[([0-9A-Fa-f:.]+)\\]:([0-9]{1,5})");
    private static final Pattern PLAIN = Pattern.compile("([^:\\[\\]]+):([0-9]{1,5})");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
    private static final String EXAMPLE = "e.g. 127.0.0.1:8765, 192.168.1.20:8765 or [::1]:8765";

    private ListenAddress() {
    }

    static InetSocketAddress parse(String key, String text, Resolver resolver) throws SettingsException {
        String written = text.strip();
        Matcher bracketed = BRACKETED.matcher(written);
        Matcher plain = PLAIN.matcher(written);
        InetAddress address;
        String portText;
        if (bracketed.matches()) {
            address = ipv6(key, text, bracketed.group(1));
            portText = bracketed.group(2);
        } else if (plain.matches() && plain.group(1).strip().equals("*")) {
            throw new SettingsException(key, "'" + text + "' would open the API on every network; name the one"
                    + " interface it should listen on, " + EXAMPLE);
        } else if (plain.matches()) {
            String host = plain.group(1).strip();
            address = DIGITS_AND_DOTS.matcher(host).matches() ? ipv4(key, text, host) : named(key, text, host, resolver);
            portText = plain.group(2);
        } else {
            String hint = written.indexOf(':') != written.lastIndexOf(':') && !written.startsWith("[")
                    ? "an IPv6 address goes in brackets before the port" : "it must be ADDRESS:PORT";
            throw new SettingsException(key, "'" + text + "': bad syntax, " + hint + ", " + EXAMPLE);
        }
        int port = Integer.parseInt(portText);
        if (port > 65535) {
            throw new SettingsException(key, "'" + text + "': port " + port + " is above 65535");
        }
        return new InetSocketAddress(address, port);
    }

    private static InetAddress ipv6(String key, String text, String literal) throws SettingsException {
        try {
            // Bracketed, so a literal: never looked up by name.
            return refuseEveryInterface(key, text, InetAddress.getByName("[" + literal + "]"));
        } catch (UnknownHostException e) {
            throw new SettingsException(key, "'" + text + "': bad syntax, [" + literal + "] is not an IPv6 address, "
                    + EXAMPLE);
        }
    }

    /**
     * Digits and dots are an IPv4 address as {@link InetAddress} reads one (1 to 4 parts, the last filling the
     * remaining bytes: {@code 127.1} is 127.0.0.1, {@code 0} is 0.0.0.0). Read here so that one it would not take is
     * a syntax error, not a name sent to a name server.
     */
    private static InetAddress ipv4(String key, String text, String host) throws SettingsException {
        String[] parts = host.split("\\.", -1);
        long[] values = new long[parts.length];
        boolean valid = parts.length <= 4;
        for (int i = 0; valid && i < parts.length; i++) {
            valid = !parts[i].isEmpty() && parts[i].length() <= 10;
            values[i] = valid ? Long.parseLong(parts[i]) : 0;
            long limit = i == parts.length - 1 ? (1L << (8 * (4 - i))) - 1 : 255;
            valid = valid && values[i] <= limit;
        }
        if (!valid) {
            throw new SettingsException(key, "'" + text + "': bad syntax, " + host + " is not an IPv4 address, "
                    + EXAMPLE);
        }
        long value = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            value |= values[i] << (8 * (3 - i));
        }
        value |= values[parts.length - 1];
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return refuseEveryInterface(key, text, InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static InetAddress named(String key, String text, String host, Resolver resolver)
            throws SettingsException {
        if (!HOST_NAME.matcher(host).matches()) {
            throw new SettingsException(key, "'" + text + "': bad syntax, '" + host + "' is not an address or a host"
                    + " name, " + EXAMPLE);
        }
        InetAddress[] found;
        try {
            found = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new SettingsException(key, "'" + text + "': unknown host '" + host + "' (no such name on this "
                    + "network); write the address itself, " + EXAMPLE);
        }
        if (found.length == 0) {
            throw new SettingsException(key, "'" + text + "': unknown host '" + host + "'; " + EXAMPLE);
        }
        for (InetAddress address : found) {
            refuseEveryInterface(key, text, address);
        }
        return found[0];
    }

    private static InetAddress refuseEveryInterface(String key, String text, InetAddress address)
            throws SettingsException {
        if (address.isAnyLocalAddress()) {
            throw new SettingsException(key, "'" + text + "' is " + address.getHostAddress()
                    + ", which would open the API on every network; name the one interface it should listen on, "
                    + EXAMPLE);
        }
        return address;
    }
}
