package vn.tiepdon.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.tiepdon.print.sim.EmulatedState;
import vn.tiepdon.print.sim.PrinterEmulator;

class TcpPrinterTransportTest {

    @Test
    void refusedConnectionIsAnIOException() throws Exception {
        int freePort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        var transport = new TcpPrinterTransport("127.0.0.1", freePort, Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThatThrownBy(transport::open).isInstanceOf(IOException.class);
    }

    @Test
    void readByteTimesOutWithoutAnAnswer() throws Exception {
        try (PrinterEmulator emulator = new PrinterEmulator().start()) {
            emulator.state(EmulatedState.NO_ANSWER);
            var transport = new TcpPrinterTransport("127.0.0.1", emulator.port(), Duration.ofSeconds(1),
                    Duration.ofSeconds(1));
            try (PrinterConnection connection = transport.open()) {
                assertThat(connection.twoWay()).isTrue();
                assertThat(connection.readByte(Duration.ofMillis(100))).isEmpty();
                assertThat(connection.readByte(Duration.ZERO)).isEmpty();
            }
        }
    }

    @Test
    void printerThatStopsTakingDataFailsTheWriteInsteadOfHanging() throws Exception {
        try (ServerSocket stalled = new ServerSocket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            var transport = new TcpPrinterTransport("127.0.0.1", stalled.getLocalPort(), Duration.ofSeconds(1),
                    Duration.ofMillis(300));
            try (PrinterConnection connection = transport.open();
                 java.net.Socket accepted = stalled.accept()) {
                // accepted but never read: the send and receive buffers fill, then the write blocks
                byte[] lots = new byte[64 * 1024 * 1024];
                assertThatThrownBy(() -> connection.output().write(lots))
                        .isInstanceOf(IOException.class).hasMessageContaining("stopped taking data");
                assertThat(accepted.isClosed()).isFalse();
            }
        }
    }
}
