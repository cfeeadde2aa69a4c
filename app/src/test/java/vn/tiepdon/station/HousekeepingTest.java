package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.config.Upkeep;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.sim.SimulatedKiosk;
import vn.tiepdon.store.DatabaseBackup;
import vn.tiepdon.store.SqliteEventTotals;
import vn.tiepdon.testing.LogSince;
import vn.tiepdon.testing.MovableClock;

/** The kiosk's data care as its scheduler runs it, a tick a minute on a clock the test moves. */
class HousekeepingTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path backupDir;

    /** 01:30 UTC on a Wednesday: before the 02:00 backup hour. */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T01:30:00Z"));
    private IssuingParts parts;
    private Scheduler scheduler;

    @BeforeEach
    void open() {
        KioskSettings demo = SettingsLoader.demo(dataDir, Kiosk.STDIN_SCANNER, "file:" + dataDir.resolve("printer"));
        KioskSettings settings = demo.withUpkeep(new Upkeep(backupDir, 3, 2, 30, Optional.empty()));
        parts = IssuingParts.forKiosk(settings, clock);
        parts.counts.started();   // as the kiosk does before its housekeeping starts
        scheduler = scheduled(parts.backup);
    }

    private Scheduler scheduled(DatabaseBackup backup) {
        Scheduler jobs = new Scheduler(clock);
        new Housekeeping(parts, backup, clock).addTo(jobs);
        return jobs;
    }

    @AfterEach
    void close() {
        parts.close();
    }

    @Test
    void theKioskReportsRunningEveryTenMinutes() {
        for (int minute = 0; minute < 60; minute++) {
            scheduler.tick();
            clock.advance(Duration.ofMinutes(1));
        }
        LocalDate day = LocalDate.of(2026, 11, 25);
        var indicators = new SqliteEventTotals(parts.database).indicators(day, day);
        assertThat(indicators.count(EventKind.APP_RUNNING)).isEqualTo(5);
        assertThat(new SqliteEventTotals(parts.database).totals(day, day).stream()
                .filter(t -> t.kind() == EventKind.APP_RUNNING).mapToLong(t -> t.millisSum()).sum())
                .isEqualTo(Duration.ofMinutes(50).toMillis());
    }

    @Test
    void theBackupIsTakenOnceWhenDueAndOldEventsAreDeleted() throws Exception {
        parts.events.recordAll(new SimulatedKiosk("DEMO", ZoneOffset.UTC, 50, 1L).days(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31)));

        scheduler.tick();
        assertThat(parts.backup.copies()).as("a kiosk without any backup takes one at once").hasSize(1);
        SqliteEventTotals totals = new SqliteEventTotals(parts.database);
        assertThat(totals.kiosks(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 25)))
                .as("October's first weeks are past 30 days' retention").isEmpty();
        assertThat(totals.kiosks(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 31))).containsExactly("DEMO");

        clock.advance(Duration.ofMinutes(10));
        scheduler.tick();
        assertThat(parts.backup.copies()).as("then not again before 02:00").hasSize(1);
        clock.advance(Duration.ofMinutes(20));
        scheduler.tick();
        clock.advance(Duration.ofMinutes(1));
        scheduler.tick();
        assertThat(parts.backup.copies()).extracting(copy -> copy.file().getFileName().toString())
                .isEqualTo(List.of("tiepdon-20261125-020000.db", "tiepdon-20261125-013000.db"));
    }

    @Test
    void damagedDatabasesSetAsideLongerAgoThanTheHandOffRetentionAreDeleted() throws Exception {
        Files.writeString(dataDir.resolve("tiepdon.db.damaged-20261123-013000"), "two days old");
        Files.writeString(dataDir.resolve("tiepdon.db.damaged-20261125-003000"), "an hour old");

        scheduler.tick();

        assertThat(dataDir.resolve("tiepdon.db.damaged-20261123-013000")).doesNotExist();
        assertThat(dataDir.resolve("tiepdon.db.damaged-20261125-003000")).exists();
    }

    @Test
    void theNumberMarksAreCopiedToTheBackupFolderEveryMinute() {
        parts.issuer.issue(parts.settings.services().getFirst());

        scheduler.tick();

        assertThat(backupDir.resolve("tiepdon.marks")).exists();
    }

    @Test
    void aBackupFolderThatCannotBeWrittenIsLoggedAndTheRestGoesOn() throws Exception {
        Path blocked = Files.writeString(backupDir.resolve("blocked"), "a file where the folder should be");
        Scheduler failing = scheduled(new DatabaseBackup(parts.database.file(), blocked, 3, clock));
        LogSince log = LogSince.now();

        clock.advance(Duration.ofMinutes(10));
        failing.tick();

        assertThat(log.written()).contains("Periodic job 'backup' failed").contains(blocked.toString());
        LocalDate day = LocalDate.of(2026, 11, 25);
        assertThat(new SqliteEventTotals(parts.database).indicators(day, day).count(EventKind.APP_RUNNING))
                .isEqualTo(1);
        assertThat(backupDir.resolve("tiepdon.marks")).as("the job after the backup ran too").exists();
    }
}
