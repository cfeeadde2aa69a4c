package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.SettingsLoader;

/** What the demo prints must work: its admin PIN opens the admin screen, and the payment API is where it says. */
class DemoSettingsTest {

    @TempDir
    Path data;

    @Test
    void theDemoKioskTakesThePrintedPinAndThePaymentPortGiven() throws Exception {
        KioskSettings demo = DemoCommand.withDemoAccess(SettingsLoader.demo(data, "stdin", "tcp:127.0.0.1:9100"),
                "246810", 18765, data);

        assertThat(demo.upkeep().adminPin()).hasValueSatisfying(pin -> {
            assertThat(pin.matches("246810")).isTrue();
            assertThat(pin.matches("135790")).isFalse();
        });
        assertThat(demo.payment()).hasValueSatisfying(payment ->
                assertThat(payment.api().address().getPort()).isEqualTo(18765));
        // Written out for the desk and `stats --config`, and read back, the PIN survives.
        KioskSettings again = SettingsLoader.fromProperties(SettingsLoader.toProperties(demo), data);
        assertThat(again.upkeep().adminPin()).hasValueSatisfying(pin -> assertThat(pin.matches("246810")).isTrue());
    }

    @Test
    void theDemoSaysWhichPin() {
        assertThat(CliText.both("demo.admin", "246810")).contains("Ctrl+Shift+A").contains("246810");
    }
}
