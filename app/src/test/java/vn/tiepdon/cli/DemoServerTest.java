package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's local indicator server: its own process, the demo kiosk enrolled, a login that works, gone at close. */
class DemoServerTest {

    @TempDir
    Path data;

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static HttpResponse<String> get(String url, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDemoKioskIsEnrolledTheDemoLoginReadsClosingStopsTheServerAndTheNextDemoGetsANewToken() throws Exception {
        int port = freePort();
        Optional<DemoServer> started = DemoServer.start(data, "DEMO", port);

        assertThat(started).isPresent();
        try (DemoServer server = started.get()) {
            assertThat(server.url()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(server.token()).matches("[A-Za-z0-9_-]{43}");
            HttpResponse<String> kiosks = get(server.url() + "/api/v1/kiosks", DemoServer.USER, DemoServer.PASSWORD);
            assertThat(kiosks.statusCode()).isEqualTo(200);
            assertThat(kiosks.body()).contains("\"DEMO\"");
            assertThat(get(server.url() + "/api/v1/kiosks", DemoServer.USER, "wrong-password").statusCode())
                    .isEqualTo(401);
        }
        // Closed: the port is free again, and the log never kept the token.
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        assertThat(Files.readString(data.resolve("indicator-server.log"))).doesNotContainPattern("(?m)^[A-Za-z0-9_-]{43}$");

        // The next demo: a new token for the kiosk, the same login.
        try (DemoServer again = DemoServer.start(data, "DEMO", freePort()).orElseThrow()) {
            assertThat(again.token()).isNotEqualTo(started.get().token());
            assertThat(get(again.url() + "/api/v1/kiosks", DemoServer.USER, DemoServer.PASSWORD).statusCode())
                    .isEqualTo(200);
        }
    }
}
