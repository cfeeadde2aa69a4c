package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanHandOverTest {

    private final QueuedExecutor ui = new QueuedExecutor();
    private final List<String> scans = new ArrayList<>();
    private final AdminStatus admin = new AdminStatus("sim", "file:t", () -> "");
    private final ScanHandOver handOver =
            new ScanHandOver(ui, raw -> scans.add(new String(raw, StandardCharsets.UTF_8)), admin);

    @Test
    void scansReachTheFlowOnlyOnTheUiThread() {
        handOver.onScan("001090123456".getBytes(StandardCharsets.UTF_8));
        assertThat(scans).isEmpty();

        ui.runAll();
        assertThat(scans).containsExactly("001090123456");
    }

    @Test
    void aReusedBufferDoesNotChangeAScanAlreadyHandedOver() {
        byte[] buffer = "AAAA".getBytes(StandardCharsets.UTF_8);
        handOver.onScan(buffer);
        buffer[0] = 'B';

        ui.runAll();
        assertThat(scans).containsExactly("AAAA");
    }

    @Test
    void connectionChangesGoToTheAdminStatus() {
        handOver.onConnectionChange(false, "unplugged");
        assertThat(admin.snapshot().scannerConnected()).isEmpty();

        ui.runAll();
        assertThat(admin.snapshot().scannerConnected()).contains(false);
        assertThat(admin.snapshot().scannerDetail()).isEqualTo("unplugged");
        assertThat(scans).isEmpty();
    }

    @Test
    void aScanArrivingAfterTheUiStoppedIsDroppedQuietly() {
        ScanHandOver afterExit = new ScanHandOver(task -> {
            throw new IllegalStateException("Toolkit has exited");
        }, raw -> scans.add("unexpected"), admin);

        afterExit.onScan(new byte[] {1});
        afterExit.onConnectionChange(false, "closing");

        assertThat(scans).isEmpty();
    }
}
