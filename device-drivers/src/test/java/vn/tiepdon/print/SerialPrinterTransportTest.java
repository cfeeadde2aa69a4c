package vn.tiepdon.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.print.sim.EscPosDecoder;
import vn.tiepdon.print.sim.EscPosElement;

/**
 * A serial printer through a socat pty pair: the transport opens one end, the test plays the printer on
 * the other with plain streams and the decoder, answering DLE EOT like a printer with paper near its end.
 */
@Timeout(30)
class SerialPrinterTransportTest {

    @TempDir
    Path dir;

    private Process socat;
    private Path kiosk;
    private Path printer;

    @BeforeEach
    void pair() throws Exception {
        kiosk = dir.resolve("kiosk");
        printer = dir.resolve("printer");
        try {
            socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + kiosk, "pty,raw,echo=0,link=" + printer)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        } catch (IOException e) {
            assumeTrue(false, "socat is not installed");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(kiosk) && Files.exists(printer)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(kiosk).exists();
        assertThat(printer).exists();
    }

    @AfterEach
    void unpair() throws Exception {
        if (socat != null) {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void printsAndAnswersStatusBothWays() throws Exception {
        List<EscPosElement> seen = new CopyOnWriteArrayList<>();
        Thread printerSide = Thread.ofPlatform().daemon().start(() -> {
            try (InputStream in = new FileInputStream(printer.toFile());
                 OutputStream out = new FileOutputStream(printer.toFile())) {
                new EscPosDecoder(in, element -> {
                    seen.add(element);
                    if (element instanceof EscPosElement.StatusRequest r) {
                        out.write(r.n() == 4 ? 0x1E : 0x12); // 4: paper near end, else all fine
                        out.flush();
                    }
                    if (element instanceof EscPosElement.Cut) {
                        throw new IOException("job done");
                    }
                }).run();
            } catch (IOException e) {
                // the job ended or the pty closed
            }
        });

        PrinterTransport transport = PrinterAddress.parse("serial:" + kiosk + "@115200");
        try (PrinterConnection connection = transport.open()) {
            assertThat(connection.twoWay()).isTrue();
            assertThat(new PrinterStatusProbe(Duration.ofSeconds(2)).probe(connection))
                    .isEqualTo(PrinterStatus.PAPER_NEAR_END);
            new EscPos(connection.output()).init().size(3, 3).line("C042").feedAndCut(8).flush();
            printerSide.join(10_000);
        }
        assertThat(seen).extracting(Object::toString)
                .contains("TEXT size=3x3 align=left \"C042\"", "CUT partial feed=8");
    }

    @Test
    void silentPrinterIsNoAnswer() throws Exception {
        // Keep the other end open but never answer.
        try (InputStream ignored = new FileInputStream(printer.toFile())) {
            try (PrinterConnection connection = new SerialPrinterTransport(kiosk.toString(), 9600).open()) {
                assertThat(new PrinterStatusProbe(Duration.ofMillis(300)).probe(connection))
                        .isEqualTo(PrinterStatus.NO_ANSWER);
            }
        }
    }

    @Test
    void missingPortIsAnIOException() {
        var transport = new SerialPrinterTransport(dir.resolve("nothing-here").toString(), 9600);
        org.assertj.core.api.Assertions.assertThatThrownBy(transport::open).isInstanceOf(IOException.class);
    }
}
