package vn.tiepdon.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.scan.RecordingListener.Change;
import vn.tiepdon.scan.sim.ScannerSimulator;

/** The real path end to end: socat pseudo-terminal, jSerialComm, framing, listener. */
@EnabledOnOs({OS.LINUX, OS.MAC})
@Timeout(60)
class SerialScanSourceTest {

    private static final byte[] CCCD = ("001090123456|123456789|Nguyễn Văn An|15081990|Nam|"
            + "Số 12 Ngõ 34 Phố Láng Hạ, Hà Nội|20042021").getBytes(StandardCharsets.UTF_8);
    private static final Duration QUICK_RECONNECT = Duration.ofMillis(100);

    @TempDir
    Path dir;

    private SerialScanSource source(Path link, Framing framing) {
        return new SerialScanSource(new SerialScanSettings(link.toString(), 9600, framing, 50, QUICK_RECONNECT));
    }

    @Test
    void vietnameseCccdArrivesByteExactAndBackToBackScansStaySeparate() throws Exception {
        Path link = dir.resolve("ttyScanner");
        RecordingListener listener = new RecordingListener();
        try (ScannerSimulator scanner = ScannerSimulator.start(link, Framing.CR);
             SerialScanSource source = source(link, Framing.CR)) {
            source.start(listener);
            assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(true);
            assertThat(source.isConnected()).isTrue();

            scanner.type(CCCD);
            assertThat(listener.nextScan()).isEqualTo(CCCD);

            scanner.type("first".getBytes(StandardCharsets.US_ASCII));
            scanner.type("second".getBytes(StandardCharsets.US_ASCII));
            assertThat(listener.nextScan()).asString().isEqualTo("first");
            assertThat(listener.nextScan()).asString().isEqualTo("second");
        }
    }

    @Test
    void crlfScannerOnACrKioskGivesNoEmptyScans() throws Exception {
        Path link = dir.resolve("ttyCrlf");
        RecordingListener listener = new RecordingListener();
        try (ScannerSimulator scanner = ScannerSimulator.start(link, Framing.CRLF);
             SerialScanSource source = source(link, Framing.CR)) {
            source.start(listener);
            assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(true);

            scanner.type("one".getBytes(StandardCharsets.US_ASCII));
            scanner.type("two".getBytes(StandardCharsets.US_ASCII));

            assertThat(listener.nextScan()).asString().isEqualTo("one");
            assertThat(listener.nextScan()).asString().isEqualTo("two");
            assertThat(listener.scans).isEmpty();
        }
    }

    @Test
    void gapFramingSeparatesScansBySilenceEvenWhenTypedSlowly() throws Exception {
        Path link = dir.resolve("ttyGap");
        RecordingListener listener = new RecordingListener();
        try (ScannerSimulator scanner = ScannerSimulator.start(link, Framing.GAP, Duration.ofMillis(1));
             SerialScanSource source = source(link, Framing.GAP)) {
            source.start(listener);
            assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(true);

            scanner.type("Văn".getBytes(StandardCharsets.UTF_8));
            scanner.type("An".getBytes(StandardCharsets.UTF_8));

            assertThat(listener.nextScan()).isEqualTo("Văn".getBytes(StandardCharsets.UTF_8));
            assertThat(listener.nextScan()).isEqualTo("An".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void survivesUnplugAndReplug() throws Exception {
        Path link = dir.resolve("ttyReplug");
        RecordingListener listener = new RecordingListener();
        try (ScannerSimulator scanner = ScannerSimulator.start(link, Framing.CR);
             SerialScanSource source = source(link, Framing.CR)) {
            source.start(listener);
            assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(true);

            scanner.unplug();
            assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(false);
            assertThat(source.isConnected()).isFalse();

            scanner.replug();
            assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(true);
            scanner.type(CCCD);
            assertThat(listener.nextScan()).isEqualTo(CCCD);
        }
    }

    @Test
    void aScanCutOffByTheUnplugIsDeliveredNotLost() throws Exception {
        Path link = dir.resolve("ttyCut");
        RecordingListener listener = new RecordingListener();
        try (ScannerSimulator scanner = ScannerSimulator.start(link, Framing.GAP);
             SerialScanSource source = new SerialScanSource(
                     new SerialScanSettings(link.toString(), 9600, Framing.CR, 50, QUICK_RECONNECT))) {
            source.start(listener);
            assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(true);

            // GAP framing on the scanner sends no terminator: the kiosk (CR) still waits for one.
            scanner.type("001090".getBytes(StandardCharsets.US_ASCII));
            scanner.unplug();

            assertThat(listener.nextScan()).asString().isEqualTo("001090");
            assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(false);
        }
    }

    @Test
    void aPortMissingAtStartIsReportedAndPickedUpWhenItAppears() throws Exception {
        Path link = dir.resolve("ttyLate");
        RecordingListener listener = new RecordingListener();
        try (SerialScanSource source = source(link, Framing.CR)) {
            source.start(listener);
            Change missing = listener.nextChange();
            assertThat(missing.connected()).isFalse();
            assertThat(missing.detail()).contains("not found");

            try (ScannerSimulator scanner = ScannerSimulator.start(link, Framing.CR)) {
                assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(true);
                scanner.type("late".getBytes(StandardCharsets.US_ASCII));
                assertThat(listener.nextScan()).asString().isEqualTo("late");
            }
        }
    }

    @Test
    void aSecondProcessCanTypeIntoTheRunningSimulator() throws Exception {
        Path link = dir.resolve("ttyRemote");
        RecordingListener listener = new RecordingListener();
        try (ScannerSimulator ignored = ScannerSimulator.start(link, Framing.CR);
             SerialScanSource source = source(link, Framing.CR)) {
            source.start(listener);
            assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(true);

            assertThat(ScannerSimulator.sendToRunning(link, CCCD)).isTrue();
            assertThat(listener.nextScan()).isEqualTo(CCCD);
        }
    }

    @Test
    void closeStopsDeliveringAndReleasesThePort() throws Exception {
        Path link = dir.resolve("ttyRelease");
        RecordingListener first = new RecordingListener();
        try (ScannerSimulator scanner = ScannerSimulator.start(link, Framing.CR)) {
            SerialScanSource source = source(link, Framing.CR);
            source.start(first);
            assertThat(first.nextChange()).extracting(Change::connected).isEqualTo(true);
            source.close();
            assertThat(source.isConnected()).isFalse();

            // jSerialComm locks the port exclusively: a second source can open it only if the first let go.
            RecordingListener second = new RecordingListener();
            try (SerialScanSource again = source(link, Framing.CR)) {
                again.start(second);
                assertThat(second.nextChange()).extracting(Change::connected).isEqualTo(true);
                scanner.type("x".getBytes(StandardCharsets.US_ASCII));
                assertThat(second.nextScan()).asString().isEqualTo("x");
            }
            assertThat(first.scans).isEmpty();
            assertThat(first.changes).isEmpty();
        }
    }

    @Test
    void describesItselfForTheAdminStatus() {
        assertThat(source(Path.of("/dev/ttyACM0"), Framing.CRLF).describe())
                .isEqualTo("serial /dev/ttyACM0 @9600 CRLF");
    }
}
