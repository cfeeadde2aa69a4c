package vn.tiepdon.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PrinterAddressTest {

    @ParameterizedTest
    @CsvSource({
        "tcp:192.168.1.50:9100, tcp:192.168.1.50:9100",
        "TCP:printer.local:9100, tcp:printer.local:9100",
        "tcp:[::1]:9100, tcp:::1:9100",
        "serial:/dev/ttyUSB0@115200, serial:/dev/ttyUSB0@115200",
        "serial:COM3, serial:COM3@9600",
        "file:/dev/usb/lp0, file:/dev/usb/lp0"
    })
    void parsesEachKind(String address, String described) {
        assertThat(PrinterAddress.parse(address).describe()).isEqualTo(described);
    }

    @Test
    void picksTheMatchingTransport() {
        assertThat(PrinterAddress.parse("tcp:127.0.0.1:9100")).isInstanceOf(TcpPrinterTransport.class);
        assertThat(PrinterAddress.parse("serial:/dev/ttyS0")).isInstanceOf(SerialPrinterTransport.class);
        assertThat(PrinterAddress.parse("file:/tmp/x.bin")).isInstanceOf(FilePrinterTransport.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "192.168.1.50:9100", "usb:lp0", "tcp:host", "tcp:host:port", "tcp:host:70000",
        "serial:", "serial:COM3@fast", "serial:COM3@10", "file:"})
    void badAddressesSayWhatIsAccepted(String address) {
        assertThatThrownBy(() -> PrinterAddress.parse(address))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Use tcp:HOST:PORT, serial:PORT[@BAUD] or file:PATH");
    }

    @Test
    void nullIsABadAddressToo() {
        assertThatThrownBy(() -> PrinterAddress.parse(null)).hasMessageContaining("empty");
    }
}
