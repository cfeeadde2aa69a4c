package vn.tiepdon.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.tiepdon.print.sim.EmulatedState;
import vn.tiepdon.print.sim.PrinterEmulator;

class PrinterStatusProbeTest {

    private PrinterEmulator emulator;
    private final PrinterStatusProbe probe = new PrinterStatusProbe(Duration.ofMillis(400));

    @BeforeEach
    void start() throws Exception {
        emulator = new PrinterEmulator().start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private PrinterStatus probeEmulator() throws Exception {
        var transport = new TcpPrinterTransport("127.0.0.1", emulator.port(), Duration.ofSeconds(2),
                Duration.ofSeconds(2));
        try (PrinterConnection connection = transport.open()) {
            return probe.probe(connection);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "READY, READY",
        "PAPER_NEAR_END, PAPER_NEAR_END",
        "PAPER_OUT, PAPER_OUT",
        "COVER_OPEN, COVER_OPEN",
        "OFFLINE, OFFLINE",
        "NO_ANSWER, NO_ANSWER"
    })
    void eachEmulatedStateIsRecognised(EmulatedState state, PrinterStatus expected) throws Exception {
        emulator.state(state);
        assertThat(probeEmulator()).isEqualTo(expected);
    }

    @Test
    void oneWayLinkIsUnknownButPrintable() throws Exception {
        PrinterConnection oneWay = new OneWayConnection(OutputStream.nullOutputStream());
        assertThat(probe.probe(oneWay)).isEqualTo(PrinterStatus.UNKNOWN_ONE_WAY);
        assertThat(PrinterStatus.UNKNOWN_ONE_WAY.canPrint()).isTrue();
    }

    @Test
    void stateChangesBetweenProbesOnTheSameConnection() throws Exception {
        var transport = new TcpPrinterTransport("127.0.0.1", emulator.port(), Duration.ofSeconds(2),
                Duration.ofSeconds(2));
        try (PrinterConnection connection = transport.open()) {
            assertThat(probe.probe(connection)).isEqualTo(PrinterStatus.READY);
            emulator.state(EmulatedState.PAPER_OUT);
            assertThat(probe.probe(connection)).isEqualTo(PrinterStatus.PAPER_OUT);
        }
    }
}
