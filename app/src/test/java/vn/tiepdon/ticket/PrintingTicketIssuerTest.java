package vn.tiepdon.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.Optional;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteTicketLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.print.FilePrinterTransport;
import vn.tiepdon.print.PrinterConnection;
import vn.tiepdon.print.PrinterStatusProbe;
import vn.tiepdon.print.PrinterTransport;
import vn.tiepdon.print.TcpPrinterTransport;
import vn.tiepdon.print.TextRasterizer;
import vn.tiepdon.print.sim.DecodedTicket;
import vn.tiepdon.print.sim.EmulatedState;
import vn.tiepdon.print.sim.EscPosDecoder;
import vn.tiepdon.print.sim.EscPosElement;
import vn.tiepdon.print.sim.PrinterEmulator;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.queue.Service;

class PrintingTicketIssuerTest {

    private static final Service SERVICE = TicketLayoutTest.SERVICE;
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:41:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    private final InMemoryTicketLedger ledger = new InMemoryTicketLedger();
    private PrinterEmulator emulator;

    @BeforeEach
    void start() throws Exception {
        emulator = new PrinterEmulator().start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private PrintingTicketIssuer issuer(PrinterTransport transport) {
        return new PrintingTicketIssuer(ledger, transport,
                new TicketLayout(TicketLayoutTest.HOSPITAL, TextRasterizer.PAPER_80MM), List.of(SERVICE),
                CLOCK, new PrinterStatusProbe(Duration.ofMillis(500)));
    }

    private PrintingTicketIssuer issuerToEmulator() {
        return issuer(new TcpPrinterTransport("127.0.0.1", emulator.port(), Duration.ofSeconds(2),
                Duration.ofSeconds(5)));
    }

    @Test
    void theCheckBetweenPatientsSaysWhyThePrinterCouldNotPrintAndPrintsNothing() {
        PrintingTicketIssuer issuer = issuerToEmulator();
        assertThat(issuer.printerCheck()).isEqualTo(new PrinterCheck(Optional.empty(), false));
        emulator.state(EmulatedState.PAPER_NEAR_END);
        assertThat(issuer.printerCheck()).as("prints, but staff should load paper")
                .isEqualTo(new PrinterCheck(Optional.empty(), true));
        emulator.state(EmulatedState.PAPER_OUT);
        assertThat(issuer.printerCheck().problem()).contains(PrintProblem.PAPER_OUT);
        emulator.state(EmulatedState.COVER_OPEN);
        assertThat(issuer.printerCheck().problem()).contains(PrintProblem.COVER_OPEN);
        emulator.close();
        assertThat(issuer.printerCheck().problem()).contains(PrintProblem.UNREACHABLE);

        assertThat(emulator.tickets()).isEmpty();
        assertThat(ledger.find(1231)).as("no number was given").isEmpty();
    }

    @Test
    void aPrinterThatAnswersItsStatusLateStillGivesAPrintedTicket() {
        // 1.5 s for every answer: a printer busy cutting, or a loaded PC. The limits a kiosk uses, not a test's.
        emulator.answerDelay(Duration.ofMillis(1_500));
        PrintingTicketIssuer issuer = new PrintingTicketIssuer(ledger, new TcpPrinterTransport("127.0.0.1",
                emulator.port(), Duration.ofSeconds(2), Duration.ofSeconds(10)),
                new TicketLayout(TicketLayoutTest.HOSPITAL, TextRasterizer.PAPER_80MM), List.of(SERVICE),
                CLOCK);

        IssueOutcome outcome = issuer.issue(SERVICE);

        assertThat(outcome.printed()).isTrue();
        assertThat(outcome.ticket().printState()).isEqualTo(PrintState.PRINTED);
        assertThat(emulator.awaitTickets(1, WAIT)).hasSize(1);
    }

    @Test
    void aTicketThePrinterTookButDidNotConfirmIsNotPresentedAsLost() {
        emulator.stateAfterNextCut(EmulatedState.NO_ANSWER);

        IssueOutcome outcome = issuerToEmulator().issue(SERVICE);

        assertThat(emulator.awaitTickets(1, WAIT)).as("the paper came out").hasSize(1);
        assertThat(outcome.printed()).as("no second paper offered for the same number").isTrue();
        assertThat(outcome.ticket().printState()).isEqualTo(PrintState.PRINTED);
    }

    @Test
    void paperRunningOutAtTheEndOfATicketIsBelieved() {
        emulator.stateAfterNextCut(EmulatedState.PAPER_OUT);

        IssueOutcome outcome = issuerToEmulator().issue(SERVICE);

        assertThat(outcome.problem()).isEqualTo(PrintProblem.PAPER_OUT);
    }

    @Test
    void readyPrinterPrintsAndTheLedgerSaysPrinted() {
        IssueOutcome outcome = issuerToEmulator().issue(SERVICE);

        assertThat(outcome.printed()).isTrue();
        assertThat(outcome.ticket().printState()).isEqualTo(PrintState.PRINTED);
        assertThat(outcome.ticket().issuedAt()).isEqualTo("2026-11-25T09:41");
        List<DecodedTicket> tickets = emulator.awaitTickets(1, WAIT);
        assertThat(tickets).hasSize(1);
        assertThat(tickets.get(0).textLines()).contains("A001", "Ma #" + outcome.ticket().id() + " | KBHYT");
        assertThat(tickets.get(0).cutSeen()).isTrue();
    }

    @Test
    void paperOutIsNotPrintedAndNothingReachesThePaper() {
        emulator.state(EmulatedState.PAPER_OUT);
        IssueOutcome outcome = issuerToEmulator().issue(SERVICE);

        assertThat(outcome.problem()).isEqualTo(PrintProblem.PAPER_OUT);
        assertThat(outcome.ticket().printState()).isEqualTo(PrintState.NOT_PRINTED);
        assertThat(ledger.reason(outcome.ticket().id())).isEqualTo("PAPER_OUT");
        assertThat(emulator.awaitTickets(1, Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void eachStopStateBecomesItsProblem() {
        PrintingTicketIssuer issuer = issuerToEmulator();
        emulator.state(EmulatedState.COVER_OPEN);
        assertThat(issuer.issue(SERVICE).problem()).isEqualTo(PrintProblem.COVER_OPEN);
        emulator.state(EmulatedState.OFFLINE);
        assertThat(issuer.issue(SERVICE).problem()).isEqualTo(PrintProblem.OFFLINE);
        emulator.state(EmulatedState.NO_ANSWER);
        assertThat(issuer.issue(SERVICE).problem()).isEqualTo(PrintProblem.NO_ANSWER);
        emulator.state(EmulatedState.PAPER_NEAR_END);
        assertThat(issuer.issue(SERVICE).printed()).isTrue();
    }

    @Test
    void closedPrinterIsUnreachableAndTheNumberStaysRecorded() {
        PrintingTicketIssuer issuer = issuerToEmulator();
        emulator.close();

        IssueOutcome outcome = issuer.issue(SERVICE);

        assertThat(outcome.problem()).isEqualTo(PrintProblem.UNREACHABLE);
        assertThat(outcome.ticket().display()).isEqualTo("A001");
        assertThat(ledger.find(outcome.ticket().id())).get()
                .extracting(t -> t.printState()).isEqualTo(PrintState.NOT_PRINTED);
    }

    @Test
    void reprintPrintsTheSameNumberAgain() {
        PrintingTicketIssuer issuer = issuerToEmulator();
        emulator.state(EmulatedState.PAPER_OUT);
        IssueOutcome first = issuer.issue(SERVICE);
        assertThat(first.printed()).isFalse();

        emulator.state(EmulatedState.READY);
        IssueOutcome again = issuer.reprint(first.ticket().id());

        assertThat(again.printed()).isTrue();
        assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
        assertThat(again.ticket().printState()).isEqualTo(PrintState.PRINTED);
        List<DecodedTicket> tickets = emulator.awaitTickets(1, WAIT);
        assertThat(tickets).hasSize(1);
        // The reprint says so: on the staff line, and large under the number (the clock reads 09:41 in Hà Nội).
        assertThat(tickets.get(0).textLines()).contains("A001", "Ma #" + first.ticket().id() + " | KBHYT | IN LAI 09:41");
        byte[] reprintMark = new TextRasterizer(TextRasterizer.PAPER_80MM).render("BẢN IN LẠI 25/11/2026 09:41",
                TicketLayout.MARK_SIZE, true, vn.tiepdon.print.Alignment.CENTER).bytes();
        assertThat(tickets.get(0).rasters()).anySatisfy(r -> assertThat(r.bytes()).isEqualTo(reprintMark));
    }

    @Test
    void aFirstPrintDoesNotSayReprint() {
        assertThat(issuerToEmulator().issue(SERVICE).printed()).isTrue();

        DecodedTicket ticket = emulator.awaitTickets(1, WAIT).get(0);
        assertThat(ticket.textLines()).noneMatch(line -> line.contains("IN LAI"));
        byte[] reprintMark = new TextRasterizer(TextRasterizer.PAPER_80MM).render("BẢN IN LẠI 25/11/2026 09:41",
                TicketLayout.MARK_SIZE, true, vn.tiepdon.print.Alignment.CENTER).bytes();
        assertThat(ticket.rasters()).noneSatisfy(r -> assertThat(r.bytes()).isEqualTo(reprintMark));
    }

    @Test
    void aPaidTicketReprintedAfterARestartStillSaysItIsPaid() {
        try (KioskDatabase database = KioskDatabase.open(dir)) {
            SqliteTicketLedger stored = new SqliteTicketLedger(database, 0, CLOCK, "K01");
            emulator.state(EmulatedState.PAPER_OUT);
            IssueOutcome first = issuerOn(stored).issue(SERVICE, Optional.empty(),
                    new PaymentMark.Paid(150_000, "K01261125T093012"));
            assertThat(first.printed()).isFalse();

            // The kiosk restarted: a new issuer, and a caller (the admin screen) that knows only the ticket.
            emulator.state(EmulatedState.READY);
            IssueOutcome again = issuerOn(stored).reprint(first.ticket().id());

            assertThat(again.printed()).isTrue();
            assertThat(emulator.awaitTickets(1, WAIT).get(0).textLines())
                    .contains("Da TT 150.000d GD K01261125T093012");
        }
    }

    @Test
    void paymentLinesReadBackAsTheMarksTheyWere() {
        for (PaymentMark mark : List.of(new PaymentMark.Paid(150_000, "K01261125T093012"),
                new PaymentMark.AtCounter(90_000, Optional.of("K01261125T093500")),
                new PaymentMark.AtCounter(90_000, Optional.empty()),
                new PaymentMark.ShortPaid(150_000, 100_000, "K01261125T094000"))) {
            assertThat(PaymentMark.fromNote(PaymentMark.note(mark))).contains(mark);
        }
        assertThat(PaymentMark.fromNote("")).isEmpty();
        assertThat(PaymentMark.fromNote("PAID lots")).isEmpty();
    }

    private PrintingTicketIssuer issuerOn(SqliteTicketLedger stored) {
        return new PrintingTicketIssuer(stored, new TcpPrinterTransport("127.0.0.1", emulator.port(),
                Duration.ofSeconds(2), Duration.ofSeconds(5)),
                new TicketLayout(TicketLayoutTest.HOSPITAL, TextRasterizer.PAPER_80MM), List.of(SERVICE),
                CLOCK, new PrinterStatusProbe(Duration.ofMillis(500)));
    }

    @Test
    void paperRunningOutMidTicketIsNotPrinted() {
        // The printer runs out as the ticket starts (after the check before printing said ready):
        // the check after printing must catch it.
        PrinterTransport tcp = new TcpPrinterTransport("127.0.0.1", emulator.port(), Duration.ofSeconds(2),
                Duration.ofSeconds(5));
        PrinterTransport runsOut = new PrinterTransport() {
            @Override
            public PrinterConnection open() throws IOException {
                PrinterConnection inner = tcp.open();
                OutputStream paperRunsOut = new FilterOutputStream(inner.output()) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (len > 3) { // the ticket, not a 3-byte status request
                            emulator.state(EmulatedState.PAPER_OUT);
                        }
                        out.write(b, off, len);
                    }
                };
                return new PrinterConnection() {
                    @Override
                    public OutputStream output() {
                        return paperRunsOut;
                    }

                    @Override
                    public boolean twoWay() {
                        return true;
                    }

                    @Override
                    public OptionalInt readByte(Duration timeout) throws IOException {
                        return inner.readByte(timeout);
                    }

                    @Override
                    public void close() throws IOException {
                        inner.close();
                    }
                };
            }

            @Override
            public String describe() {
                return "runs out of paper";
            }
        };
        IssueOutcome outcome = issuer(runsOut).issue(SERVICE);
        assertThat(outcome.problem()).isEqualTo(PrintProblem.PAPER_OUT);
        assertThat(outcome.ticket().printState()).isEqualTo(PrintState.NOT_PRINTED);
        assertThat(emulator.awaitTickets(1, Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void oneWayFileIsTrustedAndDecodesBack() throws Exception {
        Path file = dir.resolve("lp0");
        IssueOutcome outcome = issuer(new FilePrinterTransport(file)).issue(SERVICE);

        assertThat(outcome.printed()).isTrue();
        List<EscPosElement> elements = EscPosDecoder.decode(Files.readAllBytes(file));
        assertThat(elements).extracting(Object::toString).contains("TEXT size=6x6 bold align=center \"A001\"");
        assertThat(elements).filteredOn(EscPosElement.StatusRequest.class::isInstance).isEmpty();
    }

    @Test
    void reprintOfAnUnknownIdIsACallerMistake() {
        assertThatThrownBy(() -> issuerToEmulator().reprint(999_999)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void reprintWorksForAServiceNoLongerConfigured() {
        Service old = new Service("OLD", "Z", "Dịch vụ cũ", "Old service");
        var issuer = issuerToEmulator();
        long id = ledger.issue(old, java.time.LocalDateTime.now(CLOCK)).id();
        assertThat(issuer.reprint(id).printed()).isTrue();
        assertThat(emulator.awaitTickets(1, WAIT).get(0).textLines()).contains("Z001");
    }
}
