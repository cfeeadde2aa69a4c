package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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

    /**
     * A demo that dies without running its shutdown hooks (kill -9, a crash, its X display gone) must not leave the
     * server behind: seen once after Xvfb was stopped under a running demo.
     */
    @Test
    void theServerStopsWhenTheDemoDiesWithoutItsHooks() throws Exception {
        Path jvm = Path.of(System.getProperty("java.home"), "bin", "java");
        Process demo = new ProcessBuilder(jvm.toString(), "-cp", System.getProperty("java.class.path"),
                DiesAfterStarting.class.getName(), data.toString(), String.valueOf(freePort()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<ProcessHandle> servers = List.of();
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine(); // past anything logging prints first
            } while (line != null && !line.equals("started"));
            assertThat(line).isEqualTo("started");
            servers = demo.descendants().toList();
            assertThat(servers).hasSize(1);

            demo.getOutputStream().close(); // the demo halts

            assertThat(demo.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(servers.getFirst().onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            // Once the demo is gone its server is no longer its descendant: stop the one seen while it lived.
            servers.forEach(ProcessHandle::destroyForcibly);
            demo.descendants().forEach(ProcessHandle::destroyForcibly);
            demo.destroyForcibly();
        }
    }

    /** The demo's server started, then the process halts as a crash would: no shutdown hooks run. */
    public static final class DiesAfterStarting {
        public static void main(String[] args) throws Exception {
            DemoServer.start(Path.of(args[0]), "DEMO", Integer.parseInt(args[1])).orElseThrow();
            System.out.println("started");
            System.out.flush();
            System.in.read();
            Runtime.getRuntime().halt(9);
        }
    }
}
