package vn.tiepdon.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** A simulated scanner and a kiosk source already connected to it. */
    private record Rig(ScannerSimulator scanner, SerialScanSource source, RecordingListener listener)
            implements AutoCloseable {

        void type(String text) throws Exception {
            scanner.type(text.getBytes(StandardCharsets.UTF_8));
        }

        String nextScan() throws InterruptedException {
            byte[] scan = listener.nextScan();
            return scan == null ? null : new String(scan, StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            source.close();
            scanner.close();
        }
    }

    private Rig connect(String name, Framing scannerFraming, Framing kioskFraming) throws Exception {
        ScannerSimulator scanner = ScannerSimulator.start(dir.resolve(name), scannerFraming, Duration.ZERO);
        RecordingListener listener = new RecordingListener();
        SerialScanSource source = source(scanner.link(), kioskFraming);
        source.start(listener);
        assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(true);
        return new Rig(scanner, source, listener);
    }

    private static SerialScanSource source(Path link, Framing framing) {
        return new SerialScanSource(new SerialScanSettings(link.toString(), 9600, framing, 50, QUICK_RECONNECT));
    }

    @Test
    void vietnameseCccdArrivesByteExactAndBackToBackScansStaySeparate() throws Exception {
        try (Rig rig = connect("ttyScanner", Framing.CR, Framing.CR)) {
            assertThat(rig.source().isConnected()).isTrue();

            rig.scanner().type(CCCD);
            assertThat(rig.listener().nextScan()).isEqualTo(CCCD);

            rig.type("first");
            rig.type("second");
            assertThat(rig.nextScan()).isEqualTo("first");
            assertThat(rig.nextScan()).isEqualTo("second");
        }
    }

    @Test
    void crlfScannerOnACrKioskGivesNoEmptyScans() throws Exception {
        try (Rig rig = connect("ttyCrlf", Framing.CRLF, Framing.CR)) {
            rig.type("one");
            rig.type("two");

            assertThat(rig.nextScan()).isEqualTo("one");
            assertThat(rig.nextScan()).isEqualTo("two");
            assertThat(rig.listener().scans).isEmpty();
        }
    }

    @Test
    void gapFramingSeparatesScansBySilence() throws Exception {
        try (Rig rig = connect("ttyGap", Framing.GAP, Framing.GAP)) {
            rig.type("Văn");
            rig.type("An");

            assertThat(rig.nextScan()).isEqualTo("Văn");
            assertThat(rig.nextScan()).isEqualTo("An");
        }
    }

    @Test
    void slowScannersStillGiveWholeScans() throws Exception {
        Path link = dir.resolve("ttySlow");
        RecordingListener listener = new RecordingListener();
        try (ScannerSimulator scanner = ScannerSimulator.start(link, Framing.CRLF, Duration.ofMillis(1));
             SerialScanSource source = source(link, Framing.CRLF)) {
            source.start(listener);
            assertThat(listener.nextChange()).extracting(Change::connected).isEqualTo(true);

            scanner.type(CCCD);

            assertThat(listener.nextScan()).isEqualTo(CCCD);
        }
    }

    @Test
    void survivesUnplugAndReplug() throws Exception {
        try (Rig rig = connect("ttyReplug", Framing.CR, Framing.CR)) {
            rig.scanner().unplug();
            assertThat(rig.listener().nextChange()).extracting(Change::connected).isEqualTo(false);
            assertThat(rig.source().isConnected()).isFalse();

            rig.scanner().replug();
            assertThat(rig.listener().nextChange()).extracting(Change::connected).isEqualTo(true);
            rig.scanner().type(CCCD);
            assertThat(rig.listener().nextScan()).isEqualTo(CCCD);
        }
    }

    @Test
    void aScanCutOffByTheUnplugIsDeliveredNotLost() throws Exception {
        // GAP framing on the scanner sends no terminator: the kiosk (CR) still waits for one.
        try (Rig rig = connect("ttyCut", Framing.GAP, Framing.CR)) {
            rig.type("001090");
            rig.scanner().unplug();

            assertThat(rig.nextScan()).isEqualTo("001090");
            assertThat(rig.listener().nextChange()).extracting(Change::connected).isEqualTo(false);
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
                scanner.type(CCCD);
                assertThat(listener.nextScan()).isEqualTo(CCCD);
            }
        }
    }

    @Test
    void aSecondProcessCanTypeIntoTheRunningSimulator() throws Exception {
        try (Rig rig = connect("ttyRemote", Framing.CR, Framing.CR)) {
            assertThat(ScannerSimulator.sendToRunning(rig.scanner().link(), CCCD)).isTrue();

            assertThat(rig.listener().nextScan()).isEqualTo(CCCD);
        }
    }

    @Test
    void closeStopsDeliveringAndReleasesThePort() throws Exception {
        try (Rig rig = connect("ttyRelease", Framing.CR, Framing.CR)) {
            rig.source().close();
            assertThat(rig.source().isConnected()).isFalse();

            // jSerialComm locks the port exclusively: a second source can open it only if the first let go.
            RecordingListener second = new RecordingListener();
            try (SerialScanSource again = source(rig.scanner().link(), Framing.CR)) {
                again.start(second);
                assertThat(second.nextChange()).extracting(Change::connected).isEqualTo(true);
                rig.type("x");
                assertThat(second.nextScan()).asString().isEqualTo("x");
            }
            assertThat(rig.listener().scans).isEmpty();
            assertThat(rig.listener().changes).isEmpty();
        }
    }

    @Test
    void aPortHeldByAnotherProgramIsReportedBusy() throws Exception {
        Path link = dir.resolve("ttyBusy");
        String java = ProcessHandle.current().info().command().orElseThrow();
        try (ScannerSimulator ignored = ScannerSimulator.start(link, Framing.CR)) {
            Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    PortHolder.class.getName(), link.toRealPath().toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (SerialScanSource source = source(link, Framing.CR)) {
                assertThat(new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                        .readLine()).isEqualTo("held");
                RecordingListener listener = new RecordingListener();
                source.start(listener);

                Change refused = listener.nextChange();
                assertThat(refused.connected()).isFalse();
                assertThat(refused.detail()).contains("busy");
            } finally {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void aPathThatIsNotASerialPortIsReportedAndAChangedReasonReportedAgain() throws Exception {
        Path notAPort = Files.writeString(dir.resolve("notes.txt"), "not a terminal");
        RecordingListener listener = new RecordingListener();
        try (SerialScanSource source = source(notAPort, Framing.CR)) {
            source.start(listener);
            assertThat(listener.nextChange()).isEqualTo(new Change(false,
                    "cannot open " + notAPort.toRealPath() + ": not a serial port"));

            Files.delete(notAPort);
            assertThat(listener.nextChange()).isEqualTo(new Change(false, "port " + notAPort + " not found"));
        }
    }

    @Test
    void describesItselfForTheAdminStatus() {
        assertThat(source(Path.of("/dev/ttyACM0"), Framing.CRLF).describe())
                .isEqualTo("serial /dev/ttyACM0 @9600 CRLF");
    }
}
