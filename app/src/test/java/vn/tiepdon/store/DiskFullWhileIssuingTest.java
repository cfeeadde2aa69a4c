package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.counts.KioskCounts;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.Service;
import vn.tiepdon.testing.MovableClock;

/**
 * The disk fills up in the middle of a morning (SQLITE_FULL injected with max_page_count: the database file may not
 * grow by a single page). Patients keep getting numbers, none twice; the counts wait in memory; when space returns
 * every counted event is in the store.
 */
class DiskFullWhileIssuingTest {

    private static final Service CONSULT = new Service("KBHYT", "A", "Khám BHYT", "Consultation");

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T01:00:00Z"));

    @Test
    void ticketsKeepComingAndEveryEventIsStoredOnceSpaceReturns() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            assertThat(database.keepReserve()).isTrue();
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, clock);
            SqliteEventLog log = new SqliteEventLog(database, ZoneOffset.UTC);
            KioskCounts counts = new KioskCounts("K01", log, clock);
            fillTheDisk(database);

            List<IssuedTicket> issued = new ArrayList<>();
            for (int patient = 0; patient < 400; patient++) {
                counts.scanAccepted(DocumentKind.CITIZEN_ID);
                IssuedTicket ticket = ledger.issue(CONSULT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                ledger.markPrinted(ticket.id());
                counts.registered(Optional.of(DocumentKind.CITIZEN_ID), false);
                counts.ticketIssued(CONSULT.code());
                clock.advance(Duration.ofSeconds(20));
                counts.ticketPrinted(CONSULT.code(), clock.instant().minusSeconds(20));
                issued.add(ticket);
            }

            assertThat(issued).extracting(IssuedTicket::number)
                    .as("every patient got the next number, none twice")
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 400).boxed().toList());
            assertThat(database.lowOnSpace()).isTrue();
            assertThat(log.waiting()).as("the counts wait in memory").isPositive();

            makeRoom(database);
            assertThat(database.keepReserve()).as("space returned").isTrue();
            assertThat(log.flush()).isTrue();

            LocalDate day = LocalDate.of(2026, 11, 25);
            var indicators = new SqliteEventTotals(database).indicators(day, day);
            assertThat(indicators.count(EventKind.SCAN_ACCEPTED)).isEqualTo(400);
            assertThat(indicators.registrations()).isEqualTo(400);
            assertThat(indicators.count(EventKind.TICKET_ISSUED)).isEqualTo(400);
            assertThat(indicators.count(EventKind.TICKET_PRINTED)).isEqualTo(400);
            assertThat(indicators.medianSecondsScanToTicket()).hasValue(20.0);
            assertThat(log.dropped()).isZero();
        }
    }

    /** From now on the file may not grow: only the pages it already has can be used. */
    private static void fillTheDisk(KioskDatabase database) {
        int pages = pragmaValue(database, "PRAGMA page_count");
        pragma(database, "PRAGMA max_page_count = " + pages);
    }

    private static void makeRoom(KioskDatabase database) {
        pragma(database, "PRAGMA max_page_count = 1073741823");
    }

    private static int pragmaValue(KioskDatabase database, String sql) {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
                return rows.next() ? rows.getInt(1) : -1;
            }
        });
    }

    private static void pragma(KioskDatabase database, String sql) {
        database.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }
}
