package vn.tiepdon.sync.server;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.sync.server.dhis2.Dhis2Mapping;
import vn.tiepdon.sync.server.store.DatabaseLocation;

/**
 * How to run the indicator server.
 *
 * @param database where its data is (a SQLite file or a PostgreSQL database)
 * @param listen   the address and port; port 0 picks a free one ({@link IndicatorServer#port()} tells which)
 * @param dhis2    indicators and facilities to DHIS2 data elements and organisation units, when reports go there
 * @param tls      HTTPS on the server's own port; empty for plain HTTP (behind a TLS-terminating proxy, or tests)
 */
public record ServerConfig(DatabaseLocation database, InetSocketAddress listen, Optional<Dhis2Mapping> dhis2,
                           Optional<TlsSettings> tls) {

    /** The default: this computer only, so nothing is exposed until IT puts HTTPS in front of it. */
    public static final String DEFAULT_LISTEN = "127.0.0.1:8780";

    public ServerConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(dhis2, "dhis2");
        Objects.requireNonNull(tls, "tls");
    }

    public ServerConfig(DatabaseLocation database, InetSocketAddress listen) {
        this(database, listen, Optional.empty(), Optional.empty());
    }

    /**
     * Reads {@code host:port} ({@code [::1]:8780} for IPv6).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static InetSocketAddress parseListen(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("expected host:port, e.g. " + DEFAULT_LISTEN);
        }
        String host = text.substring(0, colon).replaceAll("^\\[|]$", "");
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the port must be a number 0–65535");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be a number 0–65535");
        }
        return new InetSocketAddress(host, port);
    }
}
