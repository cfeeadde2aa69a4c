package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.queue.Service;

class SqliteTicketLedgerTest {

    static final Service BHYT = new Service("KBHYT", "A", "Khám BHYT", "Health-insurance consultation");
    static final Service PAID = new Service("KDV", "B", "Khám dịch vụ", "Paid consultation");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final LocalDateTime MORNING = LocalDateTime.of(2026, 3, 2, 7, 30);

    @TempDir
    Path dataDir;

    private KioskDatabase database;
    private SqliteTicketLedger ledger;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dataDir);
        ledger = new SqliteTicketLedger(database, 0, CLOCK, "K01");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void numbersEachServiceFromOneAndRecordsTheTicket() {
        IssuedTicket first = ledger.issue(BHYT, MORNING);
        IssuedTicket second = ledger.issue(BHYT, MORNING.plusMinutes(1));
        IssuedTicket otherService = ledger.issue(PAID, MORNING.plusMinutes(2));

        assertThat(first).isEqualTo(new IssuedTicket(first.id(), "KBHYT", LocalDate.of(2026, 3, 2), 1, "A001",
                MORNING, 0, PrintState.ISSUED));
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.display()).isEqualTo("A002");
        assertThat(otherService.number()).isEqualTo(1);
        assertThat(otherService.display()).isEqualTo("B001");
        assertThat(ledger.find(second.id())).contains(second);
    }

    @Test
    void returnsTheSameTicketWhenReadBack() {
        IssuedTicket issued = ledger.issue(BHYT, MORNING.plusNanos(123_456_789));
        assertThat(issued.issuedAt()).isEqualTo(MORNING.plusNanos(123_000_000));
        assertThat(ledger.find(issued.id())).contains(issued);
    }

    @Test
    void startsAgainFromOneOnTheNextDay() {
        ledger.issue(BHYT, MORNING);
        ledger.issue(BHYT, MORNING);
        IssuedTicket nextDay = ledger.issue(BHYT, MORNING.plusDays(1));
        assertThat(nextDay.number()).isEqualTo(1);
        assertThat(nextDay.serviceDay()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void rollsOverAtTheConfiguredStartHourNotAtMidnight() {
        SqliteTicketLedger fromFive = new SqliteTicketLedger(database, 5, CLOCK, "K01");
        IssuedTicket evening = fromFive.issue(BHYT, LocalDateTime.of(2026, 3, 1, 20, 0));
        IssuedTicket afterMidnight = fromFive.issue(BHYT, LocalDateTime.of(2026, 3, 2, 4, 59));
        IssuedTicket atFive = fromFive.issue(BHYT, LocalDateTime.of(2026, 3, 2, 5, 0));

        assertThat(evening.serviceDay()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(afterMidnight.serviceDay()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(afterMidnight.number()).isEqualTo(2);
        assertThat(atFive.serviceDay()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(atFive.number()).isEqualTo(1);
    }

    @Test
    void countsTheUnservedTicketsAheadOfTheSameService() {
        IssuedTicket a1 = ledger.issue(BHYT, MORNING);
        ledger.issue(PAID, MORNING);
        IssuedTicket a2 = ledger.issue(BHYT, MORNING);
        IssuedTicket a3 = ledger.issue(BHYT, MORNING);
        assertThat(List.of(a1.waitingAhead(), a2.waitingAhead(), a3.waitingAhead())).containsExactly(0, 1, 2);

        ledger.markServed(a1.id(), MORNING.plusMinutes(10));
        assertThat(ledger.issue(BHYT, MORNING).waitingAhead()).isEqualTo(2);
        assertThat(ledger.find(a3.id())).get().extracting(IssuedTicket::waitingAhead).isEqualTo(1);
    }

    @Test
    void recordsPrintedAndNotPrintedWithTheReason() {
        IssuedTicket printed = ledger.issue(BHYT, MORNING);
        IssuedTicket failed = ledger.issue(BHYT, MORNING);
        ledger.markPrinted(printed.id());
        ledger.markNotPrinted(failed.id(), "PAPER_OUT");

        assertThat(ledger.find(printed.id())).get().extracting(IssuedTicket::printState).isEqualTo(PrintState.PRINTED);
        assertThat(ledger.printNote(printed.id())).isEmpty();
        assertThat(ledger.find(failed.id())).get().extracting(IssuedTicket::printState)
                .isEqualTo(PrintState.NOT_PRINTED);
        assertThat(ledger.printNote(failed.id())).contains("PAPER_OUT");

        ledger.markPrinted(failed.id()); // reprinted after new paper
        assertThat(ledger.find(failed.id())).get().extracting(IssuedTicket::printState).isEqualTo(PrintState.PRINTED);
        assertThat(ledger.printNote(failed.id())).isEmpty();
    }

    @Test
    void refusesToMarkATicketThatDoesNotExist() {
        assertThat(ledger.find(404)).isEmpty();
        assertThatThrownBy(() -> ledger.markPrinted(404)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.markNotPrinted(404, "OFFLINE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.markServed(404, MORNING)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void marksTicketsLeftMidPrintAsInterruptedWhenTheKioskOpens() {
        IssuedTicket printed = ledger.issue(BHYT, MORNING);
        ledger.markPrinted(printed.id());
        IssuedTicket cutOff = ledger.issue(BHYT, MORNING);
        IssuedTicket alsoCutOff = ledger.issue(PAID, MORNING);
        database.close();

        database = KioskDatabase.open(dataDir);
        ledger = SqliteTicketLedger.openForKiosk(database, 0, CLOCK, "K01");
        assertThat(ledger.recoveredAtOpen()).isEqualTo(2);

        assertThat(ledger.find(cutOff.id())).get().extracting(IssuedTicket::printState)
                .isEqualTo(PrintState.NOT_PRINTED);
        assertThat(ledger.printNote(cutOff.id())).contains(SqliteTicketLedger.INTERRUPTED);
        assertThat(ledger.printNote(alsoCutOff.id())).contains(SqliteTicketLedger.INTERRUPTED);
        assertThat(ledger.find(printed.id())).get().extracting(IssuedTicket::printState)
                .isEqualTo(PrintState.PRINTED);
        assertThat(ledger.recoverInterrupted()).isZero();
        // The numbers stay taken: the next one continues after them.
        assertThat(ledger.issue(BHYT, MORNING).number()).isEqualTo(3);
    }

    @Test
    void recoveryReportsHowManyItMarked() {
        ledger.issue(BHYT, MORNING);
        ledger.issue(BHYT, MORNING);
        assertThat(ledger.recoverInterrupted()).isEqualTo(2);
    }

    @Test
    void listsADayAndCountsItsPrintStates() {
        IssuedTicket a1 = ledger.issue(BHYT, MORNING);
        IssuedTicket b1 = ledger.issue(PAID, MORNING);
        IssuedTicket a2 = ledger.issue(BHYT, MORNING);
        ledger.issue(BHYT, MORNING.plusDays(1));
        ledger.markPrinted(a1.id());
        ledger.markNotPrinted(b1.id(), "COVER_OPEN");

        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(ledger.list(day)).extracting(IssuedTicket::display).containsExactly("A001", "B001", "A002");
        assertThat(ledger.list(day).get(2).id()).isEqualTo(a2.id());
        assertThat(ledger.countByPrintState(day)).isEqualTo(Map.of(
                PrintState.ISSUED, 1, PrintState.PRINTED, 1, PrintState.NOT_PRINTED, 1));
        assertThat(ledger.countByPrintState(day.minusDays(1))).isEqualTo(Map.of(
                PrintState.ISSUED, 0, PrintState.PRINTED, 0, PrintState.NOT_PRINTED, 0));
    }

    @Test
    void reportsTheServiceDayOfAMoment() {
        SqliteTicketLedger fromFive = new SqliteTicketLedger(database, 5, CLOCK, "K01");
        assertThat(fromFive.serviceDay(LocalDateTime.of(2026, 3, 2, 4, 0))).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
