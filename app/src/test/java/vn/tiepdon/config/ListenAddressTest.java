package vn.tiepdon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code payment.api.listen} as an address; host names are looked up in a table here, never on the network. */
class ListenAddressTest {

    private static final String KEY = "payment.api.listen";

    /** Knows two names; anything else is unknown, as a name server would say. */
    private static final ListenAddress.Resolver TABLE = host -> switch (host) {
        case "quay-thu-ngan" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 0, 0, 7})};
        case "everywhere" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 0, 0, 8}),
                InetAddress.getByAddress(host, new byte[4])};
        default -> throw new UnknownHostException(host);
    };

    private static InetSocketAddress parse(String text) throws SettingsException {
        return ListenAddress.parse(KEY, text, TABLE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.0.0.0:8765", "[::]:8765", "0:8765", "0.0.0:8765", "00.0.0.0:8765", "0.0:8765",
            "000.000.000.000:8765", "[0:0:0:0:0:0:0:0]:8765", "[::0]:8765", "[::ffff:0.0.0.0]:8765",
            "[0:0::0]:8765", "*:8765", "everywhere:8765"})
    void everySpellingOfEveryInterfaceIsRefused(String text) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(SettingsException.class)
                .hasMessageStartingWith(KEY + ": '" + text + "'").hasMessageContaining("every network");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"::18769", "::1:8765", "0:0:0:0:0:0:0:0:8765"})
    void anIpv6AddressWithoutBracketsIsBadSyntaxSayingSo(String text) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("bad syntax").hasMessageContaining("brackets");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"8765", "1.2.3.4.5:8765", "256.1.1.1:8765", "[zz]:8765", "kiosk_pc:8765",
            "127.0.0.1:", "127.0.0.1:http"})
    void otherMalformedAddressesAreBadSyntax(String text) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("bad syntax");
    }

    @Test
    void anUnknownHostIsSaidToBeUnknownNotABusyPort() {
        assertThatThrownBy(() -> parse("may-thu-ngan-cu:8765")).isInstanceOf(SettingsException.class)
                .hasMessageContaining("unknown host 'may-thu-ngan-cu'").hasMessageNotContaining("port");
    }

    @Test
    void aPortAbove65535IsNamed() {
        assertThatThrownBy(() -> parse("127.0.0.1:70000")).isInstanceOf(SettingsException.class)
                .hasMessageContaining("port 70000 is above 65535");
    }

    @Test
    void readsLoopbackLanAddressesIpv6AndNames() throws Exception {
        assertThat(parse("127.0.0.1:8765")).isEqualTo(new InetSocketAddress(
                InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 8765));
        assertThat(parse("127.1:0").getAddress().getAddress()).containsExactly(127, 0, 0, 1);
        assertThat(parse("192.168.1.20:8765").getAddress().getAddress()).containsExactly(192, 168, 1, 20);
        assertThat(parse("[::1]:8765").getAddress().isLoopbackAddress()).isTrue();
        assertThat(parse("quay-thu-ngan:9000").getAddress().getAddress()).containsExactly(10, 0, 0, 7);
        assertThat(parse("127.0.0.1:0").getPort()).isZero();
    }
}
