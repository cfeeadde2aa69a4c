package vn.tiepdon.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.print.sim.EscPosDecoder;
import vn.tiepdon.print.sim.EscPosElement;

class FilePrinterTransportTest {

    @TempDir
    Path dir;

    private static void print(PrinterTransport transport, String number) throws Exception {
        try (PrinterConnection connection = transport.open()) {
            assertThat(connection.twoWay()).isFalse();
            assertThat(connection.readByte(Duration.ofMillis(10))).isEmpty();
            new EscPos(connection.output()).init().size(2, 2).line(number).feedAndCut(0).flush();
        }
    }

    @Test
    void jobsAreAppendedAndDecodeBack() throws Exception {
        Path file = dir.resolve("lp0.bin");
        PrinterTransport transport = PrinterAddress.parse("file:" + file);

        print(transport, "A001");
        print(transport, "A002");

        List<EscPosElement> elements = EscPosDecoder.decode(Files.readAllBytes(file));
        assertThat(elements).filteredOn(EscPosElement.Text.class::isInstance).extracting(Object::toString)
                .containsExactly("TEXT size=2x2 align=left \"A001\"", "TEXT size=2x2 align=left \"A002\"");
        assertThat(elements).filteredOn(EscPosElement.Cut.class::isInstance).hasSize(2);
    }

    @Test
    void probeOnAFileIsUnknownOneWay() throws Exception {
        try (PrinterConnection connection = new FilePrinterTransport(dir.resolve("x")).open()) {
            assertThat(new PrinterStatusProbe(Duration.ofMillis(50)).probe(connection))
                    .isEqualTo(PrinterStatus.UNKNOWN_ONE_WAY);
        }
    }
}
