package vn.tiepdon.sync.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.sync.protocol.Codes;
import vn.tiepdon.sync.protocol.SyncProtocol;

/**
 * Where and as whom a kiosk sends its counts.
 *
 * @param server         the indicator server's base address, {@code https://…} (plain {@code http://} to loopback only);
 *                       batches go to {@code server + /api/v1/batches}
 * @param token          the kiosk's Bearer token, as enrolled on the server; never logged
 * @param kiosk          the kiosk's id
 * @param facility       the facility code
 * @param caFile         a PEM file of the certificate authorities to trust instead of the system's
 * @param connectTimeout how long a connection may take
 * @param readTimeout    how long the server may take to answer
 * @param interval       how often the background sync sends; also the longest backoff
 */
public record SyncSettings(URI server, String token, String kiosk, String facility, Optional<Path> caFile,
                           Duration connectTimeout, Duration readTimeout, Duration interval) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(300);

    /**
     * @throws IllegalArgumentException with an English sentence naming what is wrong (never the token): a URL that
     *                                  is not https (or http to loopback), an id or facility that is not a code
     */
    public SyncSettings {
        server = ServerUrl.check(server);
        Objects.requireNonNull(token, "token");
        if (token.isBlank() || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("the token must be printable ASCII without spaces");
        }
        requireCode("kiosk id", kiosk, SyncProtocol.MAX_KIOSK_ID);
        requireCode("facility", facility, SyncProtocol.MAX_FACILITY);
        caFile = caFile == null ? Optional.empty() : caFile;
        connectTimeout = positive("connectTimeout", connectTimeout);
        readTimeout = positive("readTimeout", readTimeout);
        interval = positive("interval", interval);
    }

    /** With the protocol's timeouts and interval. */
    public static SyncSettings of(URI server, String token, String kiosk, String facility, Optional<Path> caFile) {
        return new SyncSettings(server, token, kiosk, facility, caFile, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_INTERVAL);
    }

    public SyncSettings withTimeouts(Duration connect, Duration read) {
        return new SyncSettings(server, token, kiosk, facility, caFile, connect, read, interval);
    }

    public SyncSettings withInterval(Duration every) {
        return new SyncSettings(server, token, kiosk, facility, caFile, connectTimeout, readTimeout, every);
    }

    /** The address batches are posted to. */
    public URI batchesUri() {
        String base = server.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + SyncProtocol.BATCHES_PATH);
    }

    @Override
    public String toString() {
        return "SyncSettings[server=" + server + ", kiosk=" + kiosk + ", facility=" + facility + ", caFile="
                + caFile.map(Path::toString).orElse("system") + "]"; // no token, ever
    }

    private static void requireCode(String what, String text, int max) {
        try {
            Codes.require(what, text, max, false);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static Duration positive(String what, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
        return value;
    }
}
