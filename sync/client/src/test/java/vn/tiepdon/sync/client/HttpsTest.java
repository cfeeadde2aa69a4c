package vn.tiepdon.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.sync.client.SyncOutcome.Status;

/**
 * HTTPS to a server whose self-signed certificate (made here with keytool) the system does not trust: the client
 * sends only when told to trust it through {@code sync.caFile}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpsTest {

    private static final String TOKEN = "k01-token-0123456789abcdef";

    @TempDir
    static Path folder;

    private TestCertificates server;
    private TestCertificates stranger;
    private ProtocolServer https;

    @BeforeAll
    void serveHttps() throws Exception {
        server = TestCertificates.make(folder, "server");
        stranger = TestCertificates.make(folder, "stranger");
        https = ProtocolServer.https(TOKEN, server.keyStore(), server.password());
    }

    @AfterAll
    void stop() {
        https.close();
    }

    private SyncOutcome once(Optional<Path> caFile, InMemoryKiosk kiosk) {
        try (SyncClient client = new SyncClient(SyncSettings.of(https.uri(), TOKEN, "K01", "79001", caFile), kiosk,
                kiosk)) {
            return client.runOnce();
        }
    }

    @Test
    void theServersCertificateInTheCaFileIsTrusted() {
        InMemoryKiosk kiosk = new InMemoryKiosk().count("2026-12-01", 4);

        SyncOutcome outcome = once(Optional.of(server.pem()), kiosk);

        assertThat(outcome.status()).isEqualTo(Status.SENT);
        assertThat(https.uri().getScheme()).isEqualTo("https");
        assertThat(kiosk.acknowledged).containsEntry("2026-12-01", 4L);
    }

    @Test
    void withoutTheCaFileTheCertificateIsRefusedAndNothingIsSent() {
        InMemoryKiosk kiosk = new InMemoryKiosk().count("2026-12-01", 4);
        int before = https.requests().size();

        SyncOutcome outcome = once(Optional.empty(), kiosk);

        assertThat(outcome.status()).isEqualTo(Status.CERTIFICATE_REFUSED);
        assertThat(outcome.message(java.util.Locale.ENGLISH)).contains("sync.caFile");
        assertThat(https.requests()).hasSize(before);
        assertThat(kiosk.acknowledged).isEmpty();
    }

    @Test
    void anotherAuthoritysCertificateIsNotTrustedEither() {
        InMemoryKiosk kiosk = new InMemoryKiosk().count("2026-12-01", 4);

        SyncOutcome outcome = once(Optional.of(stranger.pem()), kiosk);

        assertThat(outcome.status()).isEqualTo(Status.CERTIFICATE_REFUSED);
        assertThat(kiosk.acknowledged).isEmpty();
    }

    @Test
    void aCaFileThatIsNotPemIsRefusedWhenTheClientIsMade() throws Exception {
        Path notPem = Files.writeString(folder.resolve("not.pem"), "hello");
        InMemoryKiosk kiosk = new InMemoryKiosk();
        assertThatThrownBy(() -> new SyncClient(SyncSettings.of(https.uri(), TOKEN, "K01", "79001",
                Optional.of(notPem)), kiosk, kiosk)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not.pem");
    }
}
