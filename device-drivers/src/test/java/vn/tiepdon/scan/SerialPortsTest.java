package vn.tiepdon.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.scan.sim.ScannerSimulator;

class SerialPortsTest {

    @TempDir
    Path dir;

    @Test
    void parsesUsbSpecsInHexWithOptionalSerialNumber() {
        assertThat(UsbPortSpec.parse("usb:0c2e:0B61")).contains(new UsbPortSpec(0x0c2e, 0x0b61, ""));
        assertThat(UsbPortSpec.parse("USB:0x1a86:7523:SN-42")).contains(new UsbPortSpec(0x1a86, 0x7523, "SN-42"));
        assertThat(UsbPortSpec.parse("/dev/ttyACM0")).isEmpty();
        assertThat(UsbPortSpec.parse("COM3")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"usb:", "usb:0c2e", "usb:xyz:0b61", "usb:12345:1", "usb::1"})
    void malformedUsbSpecsSayWhatIsExpected(String spec) {
        assertThatThrownBy(() -> UsbPortSpec.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("usb:VID:PID");
    }

    @Test
    void usbSpecMatchesIdsAndSerialWhenGiven() {
        UsbPortSpec any = new UsbPortSpec(0x0c2e, 0x0b61, "");
        UsbPortSpec one = new UsbPortSpec(0x0c2e, 0x0b61, "A1");

        assertThat(any.matches(0x0c2e, 0x0b61, "Z9")).isTrue();
        assertThat(any.matches(0x0c2e, 0x0b62, "")).isFalse();
        assertThat(one.matches(0x0c2e, 0x0b61, "a1")).isTrue();
        assertThat(one.matches(0x0c2e, 0x0b61, "B2")).isFalse();
        assertThat(one.matches(0x0c2e, 0x0b61, null)).isFalse();
    }

    @Test
    void portInfoOffersTheUsbSpecOnlyWhenIdsAreKnown() {
        assertThat(new SerialPortInfo("COM3", "\\\\.\\COM3", "Honeywell", 0x0c2e, 0x0b61, "").usbSpec())
                .contains("usb:0c2e:0b61");
        assertThat(new SerialPortInfo("ttyS0", "/dev/ttyS0", "", -1, -1, "").usbSpec()).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void portInfoCarriesNamePathAndUnknownUsbIdsOfATerminal() throws Exception {
        Path link = dir.resolve("ttyInfo");
        try (ScannerSimulator ignored = ScannerSimulator.start(link, Framing.CR)) {
            Path target = link.toRealPath();

            SerialPortInfo info = SerialPorts.info(SerialPorts.find(link.toString()).orElseThrow());

            assertThat(info.path()).isEqualTo(target.toString());
            assertThat(info.systemName()).isEqualTo(target.getFileName().toString());
            assertThat(info.hasUsbIds()).isFalse();
            assertThat(info.serialNumber()).isNotNull();
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aMissingPathIsNotFoundRatherThanGuessedUnderDev() throws Exception {
        // jSerialComm alone would turn this into /dev/ttyS0, an unrelated real port on many PCs.
        Path missing = dir.resolve("ttyS0");

        assertThat(SerialPorts.find(missing.toString())).isEmpty();

        Path dangling = Files.createSymbolicLink(dir.resolve("ttyGone"), dir.resolve("nothing-here"));
        assertThat(SerialPorts.find(dangling.toString())).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSymlinkIsFollowedToItsTerminal() throws Exception {
        Path link = dir.resolve("ttyScanner");
        try (ScannerSimulator ignored = ScannerSimulator.start(link, Framing.CR)) {
            String target = link.toRealPath().toString();

            assertThat(SerialPorts.find(link.toString()))
                    .hasValueSatisfying(port -> assertThat(port.getSystemPortPath()).isEqualTo(target));
        }
    }

    @Test
    void anAbsentUsbDeviceIsNotFound() {
        assertThat(SerialPorts.find("usb:ffff:fffe")).isEmpty();
    }
}
