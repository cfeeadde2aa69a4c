package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.counts.KioskCounts;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.sim.SimulatedKiosk;
import vn.tiepdon.testing.MovableClock;

class HousekeepingTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path backupDir;

    /** 01:30 UTC on a Wednesday: before the 02:00 backup hour. */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T01:30:00Z"));
    private KioskDatabase database;
    private SqliteEventLog events;
    private Housekeeping housekeeping;
    private DatabaseBackup backup;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dataDir);
        events = new SqliteEventLog(database, ZoneOffset.UTC);
        backup = new DatabaseBackup(database.file(), backupDir, 3, clock);
        housekeeping = new Housekeeping(database, events, new KioskCounts("K01", events, clock), backup,
                new SetAsideFiles(dataDir, Duration.ofDays(1), clock), new BackupSchedule(2), 30, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theKioskReportsRunningEveryTenMinutes() {
        for (int minute = 0; minute < 60; minute++) {
            housekeeping.tick();
            clock.advance(Duration.ofMinutes(1));
        }
        LocalDate day = LocalDate.of(2026, 11, 25);
        var indicators = new SqliteEventTotals(database).indicators(day, day);
        assertThat(indicators.count(EventKind.APP_RUNNING)).isEqualTo(5);
        assertThat(new SqliteEventTotals(database).totals(day, day).stream()
                .filter(t -> t.kind() == EventKind.APP_RUNNING).mapToLong(t -> t.millisSum()).sum())
                .isEqualTo(Duration.ofMinutes(50).toMillis());
    }

    @Test
    void theBackupIsTakenOnceWhenDueAndOldEventsAreDeleted() throws Exception {
        events.recordAll(new SimulatedKiosk("K01", ZoneOffset.UTC, 50, 1L).days(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31)));

        housekeeping.tick();
        assertThat(backup.copies()).as("a kiosk without any backup takes one at once").hasSize(1);
        assertThat(new SqliteEventTotals(database).kiosks(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 25)))
                .as("October's first weeks are past 30 days' retention").isEmpty();
        assertThat(new SqliteEventTotals(database).kiosks(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 31)))
                .containsExactly("K01");

        clock.advance(Duration.ofMinutes(10));
        housekeeping.tick();
        assertThat(backup.copies()).as("then not again before 02:00").hasSize(1);
        clock.advance(Duration.ofMinutes(20));
        housekeeping.tick();
        clock.advance(Duration.ofMinutes(1));
        housekeeping.tick();
        assertThat(housekeeping.lastBackupProblem()).isEmpty();
        try (var listing = Files.list(backupDir)) {
            assertThat(listing.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(List.of("tiepdon-20261125-013000.db", "tiepdon-20261125-020000.db"));
        }
    }

    @Test
    void damagedDatabasesSetAsideLongerAgoThanTheHandOffRetentionAreDeleted() throws Exception {
        Files.writeString(dataDir.resolve("tiepdon.db.damaged-20261123-013000"), "two days old");
        Files.writeString(dataDir.resolve("tiepdon.db.damaged-20261125-003000"), "an hour old");

        housekeeping.tick();

        assertThat(dataDir.resolve("tiepdon.db.damaged-20261123-013000")).doesNotExist();
        assertThat(dataDir.resolve("tiepdon.db.damaged-20261125-003000")).exists();
    }

    @Test
    void aBackupFolderThatCannotBeWrittenIsReportedAndTheRestGoesOn() throws Exception {
        Path blocked = Files.writeString(backupDir.resolve("blocked"), "a file where the folder should be");
        Housekeeping failing = new Housekeeping(database, events, new KioskCounts("K01", events, clock),
                new DatabaseBackup(database.file(), blocked, 3, clock),
                new SetAsideFiles(dataDir, Duration.ofDays(1), clock), new BackupSchedule(0), 30, clock);

        clock.advance(Duration.ofMinutes(10));
        failing.tick();

        assertThat(failing.lastBackupProblem()).hasValueSatisfying(p -> assertThat(p).contains("blocked"));
        LocalDate day = LocalDate.of(2026, 11, 25);
        assertThat(new SqliteEventTotals(database).indicators(day, day).count(EventKind.APP_RUNNING)).isEqualTo(1);
    }
}
