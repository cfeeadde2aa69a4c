package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.sync.client.Snapshot;
import vn.tiepdon.sync.client.SyncOutcome;
import vn.tiepdon.sync.protocol.DayTotals;

/** Which days the kiosk sends, read from a real file: the days changed since their acknowledgement, and no other. */
class SqliteSyncSnapshotsTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final LocalDate D1 = LocalDate.of(2026, 11, 2);
    private static final LocalDate D2 = D1.plusDays(1);
    private static final LocalDate D3 = D1.plusDays(2);

    @TempDir
    Path dataDir;

    private KioskDatabase database;
    private KioskDatabase reading;
    private SqliteEventLog log;
    private SqliteSyncSnapshots snapshots;
    private SqliteSyncLedger ledger;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dataDir);
        reading = KioskDatabase.openForReading(database.file(), Schema.latestVersion());
        log = new SqliteEventLog(database, UTC);
        snapshots = new SqliteSyncSnapshots(reading);
        ledger = new SqliteSyncLedger(database);
    }

    @AfterEach
    void close() {
        reading.close();
        database.close();
    }

    /** {@code n} tickets of service KB at 08:00 + i minutes of {@code day}. */
    private void tickets(LocalDate day, int n) {
        for (int i = 0; i < n; i++) {
            Instant at = day.atTime(8, i).toInstant(ZoneOffset.UTC);
            log.record(KioskEvent.of("K01", at, EventKind.TICKET_ISSUED, "KB"));
        }
        log.flush();
    }

    private static List<String> days(Snapshot snapshot) {
        return snapshot.days().stream().map(DayTotals::day).toList();
    }

    private static long tickets(Snapshot snapshot, LocalDate day) {
        return snapshot.days().stream().filter(d -> d.day().equals(day.toString()))
                .flatMap(d -> d.totals().stream()).filter(t -> t.kind().equals("TICKET_ISSUED"))
                .mapToLong(t -> t.count()).sum();
    }

    @Test
    void aKioskThatNeverSyncedHasNothingToSendUntilItCounts() {
        assertThat(snapshots.read()).isEqualTo(new Snapshot(0, List.of()));
    }

    @Test
    void theFirstTimeEveryDayIsSentWithTheCursorOfTheLastEvent() {
        tickets(D1, 3);
        tickets(D2, 2);
        tickets(D3, 4);

        Snapshot first = snapshots.read();

        assertThat(first.cursor()).isEqualTo(9);
        assertThat(days(first)).containsExactly(D1.toString(), D2.toString(), D3.toString());
        assertThat(tickets(first, D1)).isEqualTo(3);
        assertThat(tickets(first, D2)).isEqualTo(2);
        assertThat(tickets(first, D3)).isEqualTo(4);
    }

    @Test
    void onlyADayWithAnEventAfterItsAcknowledgementIsSentAgain() {
        tickets(D1, 3);
        tickets(D2, 2);
        ledger.acknowledged(List.of(D1.toString(), D2.toString()), 5);
        assertThat(snapshots.read()).isEqualTo(new Snapshot(5, List.of()));

        tickets(D2, 1);
        Snapshot next = snapshots.read();

        assertThat(next.cursor()).isEqualTo(6);
        assertThat(days(next)).containsExactly(D2.toString());
        assertThat(tickets(next, D2)).as("absolute: the whole day, not the one new ticket").isEqualTo(3);
    }

    @Test
    void aDayAcknowledgedAtAnEarlierCursorThanItsLastEventIsSent() {
        tickets(D1, 3);
        ledger.acknowledged(List.of(D1.toString()), 2);

        assertThat(days(snapshots.read())).containsExactly(D1.toString());
    }

    @Test
    void aDayWhoseEventsWerePurgedBeforeItWasEverAcknowledgedIsSentFromItsAggregates() {
        tickets(D1, 3);
        tickets(D2, 2);
        tickets(D3, 4);
        ledger.acknowledged(List.of(D2.toString()), 5);

        int purged = log.deleteBefore(D3);

        assertThat(purged).isEqualTo(5);
        Snapshot snapshot = snapshots.read();
        assertThat(days(snapshot)).as("D1 never acknowledged, D2 acknowledged, D3 new")
                .containsExactly(D1.toString(), D3.toString());
        assertThat(tickets(snapshot, D1)).isEqualTo(3);
        assertThat(snapshot.cursor()).as("the sequence outlives the events").isEqualTo(9);
    }

    @Test
    void aKioskOfSchemaTenSendsItsWholeHistoryAfterTheUpgrade(@TempDir Path older) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + older.resolve(KioskDatabase.FILE_NAME).toAbsolutePath());
             java.sql.Statement s = c.createStatement()) {
            Schema.migrate(c, 10);
            s.execute("INSERT INTO events (kiosk, at, day, hour, kind, subject, flag, amount_dong, millis) VALUES "
                    + "('K01', '2025-01-02T08:00:00.000', '2025-01-02', 8, 'TICKET_ISSUED', 'KB', 0, 0, NULL)");
        }
        try (KioskDatabase upgraded = KioskDatabase.open(older)) {
            Snapshot snapshot = new SqliteSyncSnapshots(upgraded).read();
            assertThat(snapshot.cursor()).isEqualTo(1);
            assertThat(days(snapshot)).containsExactly("2025-01-02");
        }
    }

    @Test
    void anAcknowledgementNeverMovesADayBack() {
        ledger.acknowledged(List.of(D1.toString()), 9);
        ledger.acknowledged(List.of(D1.toString(), D2.toString()), 4);

        assertThat(ledger.acknowledgedDays()).containsEntry(D1.toString(), 9L).containsEntry(D2.toString(), 4L);
    }

    @Test
    void theLastSuccessIsKeptThroughTheFailuresAfterIt() {
        assertThat(ledger.state()).isEmpty();
        Instant success = Instant.parse("2026-12-03T08:00:00Z");
        Instant failure = Instant.parse("2026-12-03T08:05:00Z");

        ledger.finished(new SyncOutcome(SyncOutcome.Status.SENT, success, 1, 1, 2, 9, 200, Optional.empty(), ""));
        ledger.finished(SyncOutcomes.failed(SyncOutcome.Status.CANNOT_CONNECT, failure, "ConnectException"));

        SqliteSyncLedger.State state = ledger.state().orElseThrow();
        assertThat(state.lastAttempt().at()).isEqualTo(failure);
        assertThat(state.lastAttempt().status()).isEqualTo(SyncOutcome.Status.CANNOT_CONNECT);
        assertThat(state.lastAttempt().detail()).isEqualTo("ConnectException");
        assertThat(state.lastSuccess()).hasValue(success);
    }

    /** Outcomes as the client makes them, for this test. */
    private static final class SyncOutcomes {
        static SyncOutcome failed(SyncOutcome.Status status, Instant at, String detail) {
            return new SyncOutcome(status, at, 0, 0, 0, 0, 0, Optional.empty(), detail);
        }
    }
}
