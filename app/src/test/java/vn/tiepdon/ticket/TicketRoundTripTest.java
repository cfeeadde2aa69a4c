package vn.tiepdon.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdon.print.PrinterConnection;
import vn.tiepdon.print.PrinterAddress;
import vn.tiepdon.print.TextRasterizer;
import vn.tiepdon.print.sim.DecodedTicket;
import vn.tiepdon.print.sim.PrinterEmulator;

/**
 * A ticket's bytes over real TCP into the emulator, read back by the emulator's own decoder.
 * The pictures land in target/ticket-samples for eyes (docs/ticket-sample.png comes from there).
 */
class TicketRoundTripTest {

    private static final Path SAMPLES = Path.of("target", "ticket-samples");

    @Test
    void emulatorReadsBackNumberStaffLineRasterAndCut() throws Exception {
        byte[] bytes = new TicketLayout(TicketLayoutTest.HOSPITAL, TextRasterizer.PAPER_80MM)
                .render(TicketLayoutTest.SERVICE, TicketLayoutTest.TICKET);
        try (PrinterEmulator emulator = new PrinterEmulator(0, SAMPLES, TextRasterizer.PAPER_80MM).start()) {
            try (PrinterConnection connection = PrinterAddress.parse("tcp:127.0.0.1:" + emulator.port()).open()) {
                OutputStream out = connection.output();
                out.write(bytes);
                out.flush();
            }
            List<DecodedTicket> tickets = emulator.awaitTickets(1, Duration.ofSeconds(10));

            assertThat(tickets).hasSize(1);
            DecodedTicket ticket = tickets.get(0);
            assertThat(ticket.cutSeen()).isTrue();
            assertThat(ticket.byteCount()).isEqualTo(bytes.length);
            assertThat(ticket.textLines()).containsExactly("A027", "25/11/2026 09:41", "Ma #1234 | KBHYT");
            assertThat(ticket.rasters()).hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(r -> assertThat(r.blackDots()).isPositive());
            assertThat(ticket.unknowns()).isEmpty();
            Path png = SAMPLES.resolve(String.format("%04d.png", ticket.sequence()));
            assertThat(png).exists();
            assertThat(Files.size(png)).isPositive();
        }
    }
}
