package vn.tiepdon.scan.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.scan.Framing;

/** The simulator on its own, read through its terminal with plain file streams (no jSerialComm). */
@EnabledOnOs({OS.LINUX, OS.MAC})
@Timeout(30)
class ScannerSimulatorTest {

    @TempDir
    Path dir;

    @Test
    void socatIsInstalledOnDevelopmentAndCiMachines() {
        assertThat(ScannerSimulator.socatAvailable()).isTrue();
    }

    @Test
    void missingSocatSaysHowToInstallIt() {
        assertThatThrownBy(() -> ScannerSimulator.start(dir.resolve("tty"), Framing.CR, Duration.ZERO,
                dir.toString()))
                .isInstanceOf(SocatMissingException.class)
                .hasMessageContaining("install it with `sudo apt-get install socat`");
        assertThat(dir.resolve("tty.ctl")).doesNotExist();
    }

    @Test
    void typesPayloadAndTerminatorIntoTheTerminal() throws Exception {
        assertTerminalReads(Framing.CRLF, Duration.ZERO,
                simulator -> simulator.type("Hà Nội".getBytes(StandardCharsets.UTF_8)), "Hà Nội\r\n");
    }

    @Test
    void typesSlowlyWithAnInterCharacterDelay() throws Exception {
        assertTerminalReads(Framing.LF, Duration.ofMillis(2),
                simulator -> simulator.type("ab".getBytes(StandardCharsets.US_ASCII)), "ab\n");
    }

    @Test
    void typesEachLineOfAStreamAsOneScan() throws Exception {
        assertTerminalReads(Framing.CR, Duration.ZERO, simulator -> assertThat(simulator.typeLinesFrom(
                new ByteArrayInputStream("a\r\nbb\n\nccc".getBytes(StandardCharsets.UTF_8)))).isEqualTo(3),
                "a\rbb\rccc\r");
    }

    @Test
    void sendToRunningTypesThroughTheControlSocket() throws Exception {
        assertTerminalReads(Framing.LF, Duration.ZERO, simulator -> {
            assertThat(ScannerSimulator.controlSocketOf(simulator.link())).exists();
            assertThat(ScannerSimulator.sendToRunning(simulator.link(), "from afar".getBytes(StandardCharsets.UTF_8)))
                    .isTrue();
        }, "from afar\n");
    }

    @Test
    void unplugRemovesTheTerminalAndReplugBringsItBack() throws Exception {
        Path link = dir.resolve("ttyPlug");
        try (ScannerSimulator simulator = ScannerSimulator.start(link, Framing.CR)) {
            long firstSocat = simulator.socatPid();
            simulator.unplug();

            assertThat(simulator.isPlugged()).isFalse();
            assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isFalse();
            assertThat(ProcessHandle.of(firstSocat).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThatThrownBy(() -> simulator.type(new byte[] {'x'})).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("unplugged");
            assertThat(ScannerSimulator.sendToRunning(link, new byte[] {'x'})).isFalse();

            simulator.replug();
            assertThat(simulator.isPlugged()).isTrue();
            try (InputStream terminal = new FileInputStream(link.toFile())) {
                simulator.type(new byte[] {'y'});
                assertReads(terminal, "y\r");
            }
        }
    }

    @Test
    void sendToRunningWithoutASimulatorReturnsFalse() {
        assertThat(ScannerSimulator.sendToRunning(dir.resolve("nobody"), new byte[] {'x'})).isFalse();
    }

    @Test
    void aStaleControlSocketIsNotASimulatorAndIsReplaced() throws Exception {
        Path link = dir.resolve("ttyStale");
        Path socket = ScannerSimulator.controlSocketOf(link);
        // A simulator killed hard leaves its socket file behind with nobody listening.
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists();
        assertThat(ScannerSimulator.sendToRunning(link, new byte[] {'x'})).isFalse();

        try (ScannerSimulator simulator = ScannerSimulator.start(link, Framing.CR)) {
            assertThat(ScannerSimulator.sendToRunning(link, new byte[] {'x'})).isTrue();
        }
    }

    @Test
    void aSecondSimulatorOnTheSameLinkIsRefused() throws Exception {
        Path link = dir.resolve("ttyTwice");
        try (ScannerSimulator first = ScannerSimulator.start(link, Framing.CR)) {
            assertThatThrownBy(() -> ScannerSimulator.start(link, Framing.CR))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already runs");
            assertThat(first.isPlugged()).isTrue();
        }
    }

    @Test
    void refusesToReplaceAFileThatIsNotALink() throws Exception {
        Path notALink = Files.writeString(dir.resolve("precious"), "keep me");

        assertThatThrownBy(() -> ScannerSimulator.start(notALink, Framing.CR))
                .hasMessageContaining("not a link");
        assertThat(notALink).hasContent("keep me");
        assertThat(ScannerSimulator.controlSocketOf(notALink)).doesNotExist();
    }

    @Test
    void closeStopsSocatAndRemovesLinkAndSocket() throws Exception {
        Path link = dir.resolve("ttyClose");
        ScannerSimulator simulator = ScannerSimulator.start(link, Framing.CR);
        long socat = simulator.socatPid();

        simulator.close();

        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(ScannerSimulator.controlSocketOf(link)).doesNotExist();
        assertThat(ProcessHandle.of(socat).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void aSimulatorInAnotherJvmTakesScansAndItsSocatDiesWithThatJvm() throws Exception {
        Path link = dir.resolve("ttyOrphan");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                SimulatorChild.class.getName(), link.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader output = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = output.readLine();
            while (line != null && !line.startsWith("socat-pid ")) {
                line = output.readLine(); // log lines of the child
            }
            assertThat(line).isNotNull();
            long socat = Long.parseLong(line.substring("socat-pid ".length()));
            assertThat(Files.exists(link)).isTrue();
            try (InputStream terminal = new FileInputStream(link.toFile())) {
                assertThat(ScannerSimulator.sendToRunning(link, "Láng Hạ".getBytes(StandardCharsets.UTF_8))).isTrue();
                assertReads(terminal, "Láng Hạ\r");
            }

            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            child.waitFor(10, TimeUnit.SECONDS);

            assertThat(waitUntilGone(socat)).as("socat exited after its JVM died").isTrue();
            assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isFalse();
        } finally {
            child.destroyForcibly();
        }
    }

    private static boolean waitUntilGone(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(50);
            } else {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface SimulatorAction {
        void run(ScannerSimulator simulator) throws Exception;
    }

    /** Starts a simulator, reads its terminal like a kiosk would (plain file stream), and checks the bytes. */
    private void assertTerminalReads(Framing framing, Duration delay, SimulatorAction action, String expected)
            throws Exception {
        Path link = dir.resolve("ttyScanner");
        try (ScannerSimulator simulator = ScannerSimulator.start(link, framing, delay);
             InputStream terminal = new FileInputStream(link.toFile())) {
            assertThat(Files.isSymbolicLink(link)).isTrue();
            action.run(simulator);
            assertReads(terminal, expected);
        }
    }

    /** Reads as many bytes as expected (blocking, bounded by the class timeout) and compares them. */
    private static void assertReads(InputStream terminal, String expected) throws Exception {
        byte[] wanted = expected.getBytes(StandardCharsets.UTF_8);
        assertThat(terminal.readNBytes(wanted.length)).isEqualTo(wanted);
    }
}
