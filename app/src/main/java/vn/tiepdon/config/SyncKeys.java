package vn.tiepdon.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.sync.client.ServerUrl;
import vn.tiepdon.sync.client.SyncSettings;
import vn.tiepdon.sync.protocol.Codes;
import vn.tiepdon.sync.protocol.SyncProtocol;

/**
 * The {@code sync.*} keys: where the kiosk sends its counts. All optional: without {@code sync.url} the kiosk does
 * not sync (and its admin screen says so); with it, the token and the facility are needed too.
 */
final class SyncKeys {

    static final String URL = "sync.url";
    static final String TOKEN = "sync.token";
    static final String FACILITY = "sync.facility";
    static final String INTERVAL_SECONDS = "sync.intervalSeconds";
    static final String CA_FILE = "sync.caFile";
    private static final List<String> DETAILS = List.of(TOKEN, FACILITY, INTERVAL_SECONDS, CA_FILE);
    /** A token shorter than this is guessable; the server's enrolment gives long random ones. */
    private static final int MIN_TOKEN = 16;

    private SyncKeys() {
    }

    static Optional<SyncSettings> sync(Map<String, String> values, Path baseDir, String kioskId)
            throws SettingsException {
        String url = values.getOrDefault(URL, "");
        if (url.isEmpty()) {
            for (String key : DETAILS) {
                if (values.containsKey(key) && !values.get(key).isEmpty()) {
                    throw new SettingsException(URL, "missing; " + key
                            + " is set, so sending counts needs the indicator server's address too");
                }
            }
            return Optional.empty();
        }
        URI server;
        try {
            server = ServerUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(URL, e.getMessage());
        }
        String token = SettingsLoader.required(values, TOKEN);
        if (token.length() < MIN_TOKEN || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            // Never repeat the token in the message: it is a secret, and the message may be shown or logged.
            throw new SettingsException(TOKEN, "must be the kiosk's token from the indicator server: at least "
                    + MIN_TOKEN + " characters, no spaces or accents");
        }
        String facility = SettingsLoader.required(values, FACILITY);
        try {
            Codes.require(FACILITY, facility, SyncProtocol.MAX_FACILITY, false);
        } catch (RuntimeException e) {
            throw new SettingsException(FACILITY, "'" + facility + "' must be the facility code (e.g. the BHYT code"
                    + " 79001): 1–" + SyncProtocol.MAX_FACILITY + " letters A–Z, digits, _ : . -");
        }
        int seconds = SettingsLoader.integer(values, INTERVAL_SECONDS,
                (int) SyncSettings.DEFAULT_INTERVAL.toSeconds(), 30, 86_400);
        Optional<Path> caFile = Optional.empty();
        String ca = values.getOrDefault(CA_FILE, "");
        if (!ca.isEmpty()) {
            Path file = baseDir.resolve(ca).normalize();
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new SettingsException(CA_FILE, "no readable file at " + file
                        + " (a PEM file of the certificate authority that signed the server's certificate)");
            }
            caFile = Optional.of(file);
        }
        try {
            return Optional.of(SyncSettings.of(server, token, kioskId, facility, caFile)
                    .withInterval(Duration.ofSeconds(seconds)));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(URL, e.getMessage());
        }
    }
}
