package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AdminStatusTest {

    @Test
    void theScannerIsUnknownUntilItReports() {
        AdminStatus status = new AdminStatus("serial /dev/ttyACM0 @9600", "tcp:127.0.0.1:9100", () -> "scans 3");

        AdminStatus.Snapshot s = status.snapshot();
        assertThat(s.scannerConnected()).isEmpty();
        assertThat(s.scannerDescription()).isEqualTo("serial /dev/ttyACM0 @9600");
        assertThat(s.printerAddress()).isEqualTo("tcp:127.0.0.1:9100");
        assertThat(s.counts()).isEqualTo("scans 3");
    }

    @Test
    void connectionChangesAreKeptAndAnnounced() {
        AdminStatus status = new AdminStatus("sim", "file:t", null);
        List<Boolean> heard = new ArrayList<>();
        status.addListener(() -> heard.add(status.snapshot().scannerConnected().orElseThrow()));

        status.scannerConnection(false, "port vanished");
        status.scannerConnection(true, "reopened");

        assertThat(heard).containsExactly(false, true);
        assertThat(status.snapshot().scannerDetail()).isEqualTo("reopened");
    }

    @Test
    void keyboardModeScansAreCountedAndAnnounced() {
        AdminStatus status = new AdminStatus("serial /dev/ttyACM0 @9600", "file:t", null);
        AtomicInteger announced = new AtomicInteger();
        status.addListener(announced::incrementAndGet);
        assertThat(status.snapshot().keyboardScans()).isZero();

        status.keyboardScanSeen();
        status.keyboardScanSeen();

        assertThat(status.snapshot().keyboardScans()).isEqualTo(2);
        assertThat(announced).hasValue(2);
    }

    @Test
    void countsAreReadAfreshEachTime() {
        AtomicInteger calls = new AtomicInteger();
        AdminStatus status = new AdminStatus("sim", "file:t", () -> "read " + calls.incrementAndGet());

        status.snapshot();
        assertThat(status.snapshot().counts()).isEqualTo("read 2");
    }

    @Test
    void failingCountsDoNotBreakTheOverlay() {
        AdminStatus status = new AdminStatus("sim", "file:t", () -> {
            throw new IllegalStateException("db locked");
        });

        assertThat(status.snapshot().counts()).contains("IllegalStateException");
    }
}
