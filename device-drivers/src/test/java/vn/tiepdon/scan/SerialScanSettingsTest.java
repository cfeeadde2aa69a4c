package vn.tiepdon.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SerialScanSettingsTest {

    @Test
    void defaultsSuitAUsbScannerWithACrSuffix() {
        SerialScanSettings settings = SerialScanSettings.defaults(" COM3 ");

        assertThat(settings.port()).isEqualTo("COM3");
        assertThat(settings.baudRate()).isEqualTo(9600);
        assertThat(settings.framing()).isEqualTo(Framing.CR);
        assertThat(settings.reconnectInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.withFraming(Framing.GAP).framing()).isEqualTo(Framing.GAP);
        assertThat(settings.withReconnectInterval(Duration.ofMillis(100)).reconnectInterval())
                .isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void refusesValuesThatCannotWork() {
        assertThatThrownBy(() -> new SerialScanSettings(" ", 9600, Framing.CR, 50, Duration.ofSeconds(1)))
                .hasMessageContaining("port is empty");
        assertThatThrownBy(() -> SerialScanSettings.defaults("usb:0c2e"))
                .hasMessageContaining("usb:VID:PID");
        assertThatThrownBy(() -> new SerialScanSettings("COM3", 0, Framing.CR, 50, Duration.ofSeconds(1)))
                .hasMessageContaining("Baud");
        assertThatThrownBy(() -> new SerialScanSettings("COM3", 9600, Framing.GAP, 0, Duration.ofSeconds(1)))
                .hasMessageContaining("Gap");
        assertThatThrownBy(() -> new SerialScanSettings("COM3", 9600, Framing.CR, 50, Duration.ZERO))
                .hasMessageContaining("Reconnect");
    }

    @Test
    void openErrorsGiveActionableAdvice() {
        assertThat(OpenError.posix(13)).contains("dialout");
        assertThat(OpenError.posix(11)).contains("busy");
        assertThat(OpenError.posix(25)).isEqualTo("not a serial port");
        assertThat(OpenError.posix(16)).contains("busy");
        assertThat(OpenError.windows(5)).contains("access denied");
        assertThat(OpenError.posix(99)).isEqualTo("error code 99");
    }
}
