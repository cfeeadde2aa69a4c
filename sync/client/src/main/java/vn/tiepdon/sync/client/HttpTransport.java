package vn.tiepdon.sync.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts one batch and says what came back. Apache HttpClient 5 (classic, blocking: the sync thread has nothing
 * else to do meanwhile), a new connection for each batch, the protocol's timeouts, no automatic retry or redirect (the cycle decides
 * when to try again; a redirect could carry the token elsewhere), the server's certificate verified against the
 * system trust store or {@code sync.caFile}, and its host name checked.
 */
final class HttpTransport implements AutoCloseable {

    /** The most of an answer read: an acknowledgement or an error is a few hundred bytes. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final SyncSettings settings;
    private final CloseableHttpClient http;

    HttpTransport(SyncSettings settings) {
        this.settings = settings;
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout read = Timeout.of(settings.readTimeout());
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(1).setMaxConnPerRoute(1)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect)
                        .setSocketTimeout(read).build());
        if (settings.caFile().isPresent()) {
            connections.setTlsSocketStrategy(new DefaultClientTlsStrategy(trusting(settings.caFile().get())));
        } else {
            connections.setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault());
        }
        this.http = HttpClients.custom()
                .setConnectionManager(connections.build())
                // Expect: 100-continue: a server refusing before it reads (401, 413, 503 under load) answers before
                // the body is sent, and the kiosk hears the refusal instead of a connection reset mid-body.
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read)
                        .setConnectionRequestTimeout(connect).setRedirectsEnabled(false)
                        .setExpectContinueEnabled(true).build())
                // A connection per batch: cycles are minutes apart, longer than any server keeps an idle connection,
                // and a POST on one the server has just closed would fail with no automatic retry to hide it.
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    PostAnswer post(byte[] body) {
        HttpPost post = new HttpPost(settings.batchesUri());
        post.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + settings.token());
        post.setHeader(HttpHeaders.ACCEPT, "application/json");
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        try {
            return http.execute(post, response -> {
                byte[] answer = response.getEntity() == null ? new byte[0]
                        : EntityUtils.toByteArray(response.getEntity(), MAX_ANSWER_BYTES);
                Header retryAfter = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
                return Answers.of(response.getCode(), answer == null ? new byte[0] : answer,
                        Optional.ofNullable(retryAfter).map(Header::getValue));
            });
        } catch (IOException e) {
            return Answers.of(e);
        }
    }

    /**
     * Trusts exactly the certificates of a PEM file (the hospital's own CA, or the server's self-signed
     * certificate), not the system's.
     *
     * @throws IllegalArgumentException when the file cannot be read or holds no certificate
     */
    static SSLContext trusting(Path caFile) {
        try (InputStream in = Files.newInputStream(caFile)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(caFile + " holds no certificate (a PEM file is expected)");
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("ca-" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + caFile + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(caFile + " is not a PEM file of certificates: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        http.close(org.apache.hc.core5.io.CloseMode.GRACEFUL);
    }
}
