package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.Indicators;
import vn.tiepdon.print.sim.PrinterEmulator;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.queue.Service;
import vn.tiepdon.testing.KioskSettingsFile;
import vn.tiepdon.testing.SmallDisk;
import vn.tiepdon.ticket.IssueOutcome;

/**
 * The data folder's disk is really full (a small tmpfs, filled to the last block), while the kiosk runs and when it
 * starts. Patients still get the next number, printed; counted scans wait in memory; once space returns, every
 * event is stored and the counts equal the ledger. The WAL grows and is checkpointed meanwhile: hundreds of tickets.
 */
class FullDiskTest {

    private static final int TICKETS = 300;

    @TempDir
    Path dir;

    @Test
    void aRunningKioskKeepsGivingNumbersWhenTheDiskFillsAndCountsEverythingOnceSpaceReturns() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 24);
             PrinterEmulator printer = new PrinterEmulator().start()) {
            KioskSettings settings = settings(disk, printer);
            try (Kiosk kiosk = Kiosk.open(settings, Clock.systemDefaultZone())) {
                IssuingParts parts = kiosk.parts;
                Service consult = settings.services().getFirst();
                issue(kiosk, consult, 20);
                disk.fill();

                List<IssuedTicket> issued = issue(kiosk, consult, TICKETS);

                assertThat(issued).extracting(IssuedTicket::number).as("the next number every time, none twice")
                        .containsExactlyElementsOf(IntStream.rangeClosed(21, 20 + TICKETS).boxed().toList());
                assertThat(issued).allMatch(t -> t.printState() == PrintState.PRINTED);
                assertThat(printer.awaitTickets(20 + TICKETS, Duration.ofSeconds(60))).hasSize(20 + TICKETS);
                assertThat(parts.database.lowOnSpace()).isTrue();
                assertThat(parts.events.waiting()).as("the scans wait in memory").isPositive();

                disk.makeRoom();
                assertThat(parts.database.keepReserve()).as("space returned").isTrue();
                assertThat(parts.events.flush()).isTrue();
                Indicators today = parts.countedToday();
                assertThat(today.count(EventKind.SCAN_ACCEPTED)).isEqualTo(20 + TICKETS);
                assertThat(today.count(EventKind.TICKET_ISSUED)).isEqualTo(20 + TICKETS);
                assertThat(today.ticketsPrinted(Optional.empty())).isEqualTo(20 + TICKETS);
            }
        }
    }

    @Test
    void aKioskStartedOnAFullDiskGivesNumbers() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 24);
             PrinterEmulator printer = new PrinterEmulator().start()) {
            KioskSettings settings = settings(disk, printer);
            Service consult = settings.services().getFirst();
            try (Kiosk kiosk = Kiosk.open(settings, Clock.systemDefaultZone())) {
                issue(kiosk, consult, 5);
            }
            // Closed cleanly, SQLite removed its WAL and shared-memory files: they must be made again, on a full disk.
            disk.fill();

            try (Kiosk kiosk = Kiosk.open(settings, Clock.systemDefaultZone())) {
                List<IssuedTicket> issued = issue(kiosk, consult, 100);

                assertThat(issued).extracting(IssuedTicket::number)
                        .containsExactlyElementsOf(IntStream.rangeClosed(6, 105).boxed().toList());
                assertThat(issued).allMatch(t -> t.printState() == PrintState.PRINTED);
                assertThat(kiosk.parts.countedToday().count(EventKind.TICKET_ISSUED)).isEqualTo(105);
            }
        }
    }

    private KioskSettings settings(SmallDisk disk, PrinterEmulator printer) throws Exception {
        // Backups go to another disk, as the README asks.
        return SettingsLoader.load(KioskSettingsFile.write(dir.resolve("kiosk.properties"),
                disk.root().resolve("data"), dir.resolve("backup"), printer.port()));
    }

    private static List<IssuedTicket> issue(Kiosk kiosk, Service service, int patients) {
        return IntStream.range(0, patients).mapToObj(i -> {
            kiosk.scanCounter.accepted(DocumentKind.CITIZEN_ID);
            IssueOutcome outcome = kiosk.parts.issuer.issue(service);
            return outcome.ticket();
        }).toList();
    }
}
