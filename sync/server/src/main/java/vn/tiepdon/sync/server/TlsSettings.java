package vn.tiepdon.sync.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * HTTPS served by the server itself, for a hospital without a reverse proxy: a PKCS#12 keystore holding the
 * certificate (often from the hospital's own CA) and its key, and the keystore's password.
 */
public record TlsSettings(Path keystore, String password) {

    public TlsSettings {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(password, "password");
    }

    /** The password from the first line of a file: never on the command line, where every user's {@code ps} sees it. */
    public static TlsSettings read(Path keystore, Path passwordFile) throws IOException {
        String password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        return new TlsSettings(keystore, password.strip());
    }

    @Override
    public String toString() {
        return "TlsSettings[keystore=" + keystore + "]";
    }
}
