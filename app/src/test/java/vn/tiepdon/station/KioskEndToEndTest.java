package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.indicators.DocumentSubject;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.Indicators;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.kiosk.fx.KioskRuntime;
import vn.tiepdon.print.sim.DecodedTicket;
import vn.tiepdon.print.sim.EmulatedState;
import vn.tiepdon.print.sim.PrinterEmulator;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.scan.sim.ScannerSimulator;
import vn.tiepdon.store.SqliteEventTotals;

/**
 * The whole path on real protocols: a CCCD payload typed into a socat pseudo-terminal, read by
 * jSerialComm, shown on the real JavaFX scene (headless), touched through, numbered in SQLite,
 * printed as ESC/POS over TCP and decoded back by the printer emulator.
 */
@ExtendWith(ApplicationExtension.class)
class KioskEndToEndTest {

    /** Fake person, used only here, so the log check below cannot be satisfied by another test's data. */
    private static final String ID_NUMBER = "079305001234";
    private static final String FULL_NAME = "Trần Thị Bình";
    private static final String PAYLOAD = ID_NUMBER + "||" + FULL_NAME
            + "|02032005|Nữ|Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh|10052022";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Texts VI = Texts.of(Locale.forLanguageTag("vi"));

    @TempDir
    static Path tmp;

    private KioskOnEmulatedDevices kiosk;
    private PrinterEmulator printer;
    private ScannerSimulator scanner;
    private IssuingParts parts;
    private KioskRuntime runtime;

    private vn.tiepdon.testing.LogSince log;

    @Start
    void start(Stage stage) throws IOException {
        log = vn.tiepdon.testing.LogSince.now();
        kiosk = KioskOnEmulatedDevices.start(stage, tmp);
        printer = kiosk.printer;
        scanner = kiosk.scanner;
        parts = kiosk.parts;
        runtime = kiosk.runtime;
    }

    @AfterEach
    void stop() throws InterruptedException {
        kiosk.close();
    }

    @Test
    void aScannedCardBecomesAPrintedTicket(FxRobot robot) throws Exception {
        scanWhenConnected(PAYLOAD);

        waitUntilShowing(robot, "#confirmScreen");
        assertThat(text(robot, "#fullName")).isEqualTo(FULL_NAME);
        assertThat(text(robot, "#maskedId")).isEqualTo("0793******34");
        robot.clickOn("#confirmButton");
        waitUntilShowing(robot, "#chooseServiceScreen");
        assertThat(text(robot, "#price-KDV")).as("the price is shown before the choice").isEqualTo("150.000 đ");
        assertThat(robot.lookup("#price-KBHYT").tryQuery()).as("a free service shows no price").isEmpty();
        robot.clickOn("#service-KDV");

        waitUntilShowing(robot, "#doneScreen");
        assertThat(text(robot, "#ticketNumber")).isEqualTo("B001");

        List<DecodedTicket> tickets = printer.awaitTickets(1, WAIT);
        assertThat(tickets).hasSize(1);
        DecodedTicket ticket = tickets.get(0);
        assertThat(ticket.cutSeen()).as("the paper was cut").isTrue();
        assertThat(ticket.textLines()).contains("B001").anyMatch(line -> line.startsWith("Ma #") && line.endsWith(" | KDV"));
        assertThat(ticket.rasters()).as("Vietnamese lines arrive as raster images").isNotEmpty();

        IssuedTicket recorded = onlyTicketToday();
        assertThat(recorded.display()).isEqualTo("B001");
        assertThat(recorded.printState()).isEqualTo(PrintState.PRINTED);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> parts.countedToday().count(vn.tiepdon.indicators.EventKind.SCAN_ACCEPTED) == 1);

        // A second patient: the next number of the same service.
        scanner.type(PAYLOAD.getBytes(StandardCharsets.UTF_8));
        waitUntilShowing(robot, "#confirmScreen");
        robot.clickOn("#confirmButton");
        waitUntilShowing(robot, "#chooseServiceScreen");
        robot.clickOn("#service-KDV");
        waitUntilShowing(robot, "#doneScreen");
        assertThat(text(robot, "#ticketNumber")).isEqualTo("B002");
        assertThat(printer.awaitTickets(2, WAIT).get(1).textLines()).contains("B002");

        // The indicators count both patients, from the events the kiosk recorded.
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> todaysIndicators().count(EventKind.TICKET_PRINTED) == 2);
        Indicators today = todaysIndicators();
        assertThat(today.count(EventKind.SCAN_ACCEPTED, "CCCD_VNEID")).isEqualTo(2);
        assertThat(today.registrations(DocumentSubject.CCCD_VNEID)).isEqualTo(2);
        assertThat(today.count(EventKind.TICKET_ISSUED, "KDV")).isEqualTo(2);
        assertThat(today.medianSecondsScanToTicket()).isPresent();
        assertThat(today.count(EventKind.APP_START)).isEqualTo(1);

        assertThatLogsHoldNoPersonalData();
    }

    @Test
    void aPatientAged75OrMoreGetsAPriorityNumberAndARegistration(FxRobot robot) throws Exception {
        scanWhenConnected("001040123456||Lê Văn Bảy|01011940|Nam|Thôn Đông, Xã Tây, Huyện Nam, Hà Nội|01072021");
        waitUntilShowing(robot, "#confirmScreen");
        robot.clickOn("#confirmButton");
        waitUntilShowing(robot, "#chooseServiceScreen");
        robot.clickOn("#service-KBHYT");

        waitUntilShowing(robot, "#doneScreen");
        assertThat(text(robot, "#ticketNumber")).isEqualTo("UA001");
        assertThat(printer.awaitTickets(1, WAIT).get(0).textLines()).contains("UA001")
                .contains("Ma #" + 1 + " | KBHYT-UT");
        assertThat(parts.registrations.handoffCount()).isEqualTo(1);
    }

    @Test
    void paperOutIsToldToThePatientAndTheNumberIsRecordedAsNotPrinted(FxRobot robot) throws Exception {
        scanWhenConnected(PAYLOAD);
        waitUntilShowing(robot, "#confirmScreen");
        robot.clickOn("#confirmButton");
        waitUntilShowing(robot, "#chooseServiceScreen");
        // The paper runs out while the patient chooses: they are not interrupted, their print fails.
        printer.state(EmulatedState.PAPER_OUT);
        robot.clickOn("#service-KBHYT");

        waitUntilShowing(robot, "#printFailedScreen");
        assertThat(text(robot, "#message"))
                .isEqualTo(VI.printProblem(vn.tiepdon.ticket.PrintProblem.PAPER_OUT, "A001"));
        IssuedTicket recorded = onlyTicketToday();
        assertThat(recorded.display()).isEqualTo("A001");
        assertThat(recorded.printState()).isEqualTo(PrintState.NOT_PRINTED);
        assertThat(printer.tickets()).as("nothing came out of an empty printer").isEmpty();

        // Trying again cannot work until staff load paper: the screen says go to the desk and offers no reprint,
        // and the start screen says the kiosk is paused (the printer is asked between patients).
        assertThat(robot.lookup("#reprintButton").tryQuery()).isEmpty();
        robot.clickOn("#backButton");
        waitUntilShowing(robot, "#outOfServiceScreen");

        // Paper loaded again: the kiosk resumes by itself, and staff print the same number, marked as a reprint.
        printer.state(EmulatedState.READY);
        waitUntilShowing(robot, "#attractScreen");
        parts.issuer.reprint(recorded.id());
        assertThat(printer.awaitTickets(1, WAIT).get(0).textLines()).contains("A001")
                .anyMatch(line -> line.contains(" IN LAI "));
        assertThat(onlyTicketToday().printState()).isEqualTo(PrintState.PRINTED);

        // Counted: one number given, not printed at first; the printer out of order, then working again.
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> todaysIndicators().count(EventKind.DEVICE_RESTORED, "printer") == 1);
        Indicators today = todaysIndicators();
        assertThat(today.count(EventKind.TICKET_ISSUED, "KBHYT")).isEqualTo(1);
        assertThat(today.count(EventKind.TICKET_FAILED, "KBHYT")).isEqualTo(1);
        assertThat(today.count(EventKind.DEVICE_FAULT, "printer")).isEqualTo(1);
    }

    @Test
    void foreignAndDamagedScansAreExplainedAndCountedAndTheKioskStaysUsable(FxRobot robot) throws Exception {
        scanWhenConnected("https://vneid.gov.vn/share?token=abc");
        waitUntilShowing(robot, "#rejectedScreen");
        assertThat(text(robot, "#message")).isEqualTo(VI.rejection(RejectionReason.URL));

        scanner.type("00020101021238570010A000000727".getBytes(StandardCharsets.US_ASCII));
        waitUntilText(robot, "#message", VI.rejection(RejectionReason.BANK_PAYMENT_QR));

        scanner.type(PAYLOAD.substring(0, 30).getBytes(StandardCharsets.UTF_8));
        waitUntilText(robot, "#message", VI.rejection(RejectionReason.TRUNCATED));

        scanner.type(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x7C, (byte) 0xA0});
        waitUntilText(robot, "#message", VI.rejection(RejectionReason.GARBLED));

        // Counting runs on the kiosk's worker thread, after the message is shown.
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> parts.countedToday().count(vn.tiepdon.indicators.EventKind.SCAN_REJECTED) == 4);
        var counts = parts.countedToday();
        assertThat(counts.count(vn.tiepdon.indicators.EventKind.SCAN_REJECTED, "URL")).isEqualTo(1);
        assertThat(counts.count(vn.tiepdon.indicators.EventKind.SCAN_REJECTED, "BANK_PAYMENT_QR")).isEqualTo(1);
        assertThat(counts.count(vn.tiepdon.indicators.EventKind.SCAN_REJECTED, "TRUNCATED")).isEqualTo(1);
        assertThat(counts.count(vn.tiepdon.indicators.EventKind.SCAN_REJECTED, "GARBLED")).isEqualTo(1);
        Indicators today = todaysIndicators();
        assertThat(today.count(EventKind.SCAN_REJECTED)).isEqualTo(4);
        assertThat(today.rejectionRateByReason().keySet())
                .containsExactlyInAnyOrder("URL", "BANK_PAYMENT_QR", "TRUNCATED", "GARBLED");

        // Still usable: a good card goes through to a ticket.
        scanner.type(PAYLOAD.getBytes(StandardCharsets.UTF_8));
        waitUntilShowing(robot, "#confirmScreen");
        robot.clickOn("#confirmButton");
        waitUntilShowing(robot, "#chooseServiceScreen");
        robot.clickOn("#service-XN");
        waitUntilShowing(robot, "#doneScreen");
        assertThat(text(robot, "#ticketNumber")).isEqualTo("C001");
    }

    private Indicators todaysIndicators() {
        LocalDate today = LocalDate.now();
        return new SqliteEventTotals(parts.database).indicators(today, today);
    }

    private void scanWhenConnected(String payload) throws Exception {
        kiosk.scanWhenConnected(payload, WAIT);
    }

    private IssuedTicket onlyTicketToday() {
        List<IssuedTicket> today = parts.ledger.list(parts.ledger.serviceDay(LocalDateTime.now()));
        assertThat(today).hasSize(1);
        return today.get(0);
    }

    private void assertThatLogsHoldNoPersonalData() throws IOException {
        String logged = log.written();
        assertThat(logged).as("the flow was logged").contains("Ticket B001 (KDV) printed");
        assertThat(logged).doesNotContain(ID_NUMBER).doesNotContain(FULL_NAME).doesNotContain("Trần")
                .doesNotContain(FULL_NAME.toUpperCase(Locale.ROOT));
    }

    private static void waitUntilShowing(FxRobot robot, String query) throws TimeoutException {
        ScreenLookups.waitUntilShowing(robot, query, WAIT);
    }

    private static void waitUntilText(FxRobot robot, String query, String expected) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> Optional.ofNullable(robot.lookup(query).tryQuery().orElse(null))
                        .map(n -> ((Labeled) n).getText()).filter(expected::equals).isPresent());
    }

    private static String text(FxRobot robot, String query) {
        return ScreenLookups.text(robot, query);
    }
}
