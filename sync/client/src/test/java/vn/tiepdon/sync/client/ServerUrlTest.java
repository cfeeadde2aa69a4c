package vn.tiepdon.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Counts go over HTTPS, or plain HTTP to this machine only; the rule is applied before any connection. */
class ServerUrlTest {

    @Test
    void httpsAnywhereAndHttpToLoopbackAreAllowed() {
        for (String url : new String[] {"https://chiso.example.vn", "https://10.1.2.3:8443/base/",
                "http://127.0.0.1:8080", "http://127.9.8.7", "http://localhost:9000", "http://[::1]:9000"}) {
            assertThat(ServerUrl.parse(url)).as(url).isEqualTo(URI.create(url));
        }
    }

    @Test
    void plainHttpElsewhereIsRefusedWithAClearMessage() {
        for (String url : new String[] {"http://chiso.example.vn", "http://192.168.1.10:8080",
                "http://127.0.0.1.example.com", "http://localhost.example.com", "http://128.0.0.1"}) {
            assertThatThrownBy(() -> ServerUrl.parse(url)).as(url).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("plain http is refused").hasMessageContaining("https://");
        }
    }

    @Test
    void whatIsNotAServerAddressIsRefused() {
        for (String url : new String[] {"ftp://host", "chiso.example.vn", "https://user:pw@host",
                "https://host/?token=x", "not a url",
                "http://127.0.0.256"}) {
            assertThatThrownBy(() -> ServerUrl.parse(url)).as(url).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** A listening socket that nobody may reach: the refusal must come before any connection is tried. */
    @Test
    void aRefusedAddressIsNeverConnectedTo() throws IOException {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listening.setSoTimeout(300);
            // The same port on a non-loopback name: refused by the settings, so no client and no connection exist.
            String url = "http://kiosk-lan.example:" + listening.getLocalPort();
            assertThatThrownBy(() -> SyncSettings.of(URI.create(url), "token-0123456789", "K01", "79001",
                    Optional.empty())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(listening::accept).isInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    @Test
    void settingsNeverShowTheToken() {
        SyncSettings settings = SyncSettings.of(URI.create("https://chiso.example.vn"), "secret-token-0123456789",
                "K01", "79001", Optional.empty());
        assertThat(settings.toString()).doesNotContain("secret-token").contains("K01");
    }
}
