package vn.tiepdon.sync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.sync.server.people.Role;
import vn.tiepdon.sync.server.people.Users;
import vn.tiepdon.sync.server.store.DatabaseLocation;

/** {@code --tls-keystore}: the server speaks HTTPS itself, and a person's password is taken over it. */
class TlsTest {

    private static final String PASSWORD = "kho-khoa-thu";

    @TempDir
    Path dir;

    @Test
    void theServerSpeaksHttpsWithTheGivenCertificate() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD).redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");

        try (IndicatorServer server = IndicatorServer.start(new ServerConfig(DatabaseLocation.sqlite(dir.resolve("i.db")),
                new InetSocketAddress("127.0.0.1", 0), Optional.empty(),
                Optional.of(TlsSettings.read(keystore, passwordFile))))) {
            new Users(server.database()).add("lan", Role.VIEWER, "mat-khau-dai-du".toCharArray());
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            URI https = URI.create("https://127.0.0.1:" + server.port() + "/api/v1/kiosks");

            HttpResponse<String> answer = trusting.send(HttpRequest.newBuilder(https).header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString("lan:mat-khau-dai-du".getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("\"kiosks\"");
            // A client that does not trust the certificate never gets as far as sending.
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(https).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
        }
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
