package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.queue.Service;
import vn.tiepdon.testing.MovableClock;

/**
 * A number is never given twice, whatever happens to the files: each case starts from a real database on disk that
 * a kiosk used, does to its files what a failing PC does, and checks the next number given. The expected numbers
 * are counted here: how many were given before the fault.
 */
class NumberingSurvivesLostFilesTest {

    private static final Service CONSULT = new Service("KBHYT", "A", "Khám BHYT", "Consultation");
    private static final List<String> SERIES = List.of("KBHYT", "UKBHYT");

    @TempDir
    Path dataDir;

    @TempDir
    Path backupDir;

    @TempDir
    Path elsewhere;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T01:00:00Z"));

    @Test
    void anEmptyFileWhereAKioskRanIsRestoredFromItsBackupAndNumberingGoesOnAboveTheLastGiven() throws Exception {
        DatabaseBackup backup = backup(dataDir);
        long eventsGiven;
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            issue(database, 10);
            backup.backupNow();
            issue(database, 5); // A011..A015: only the marks beside the file know them
            eventsGiven = lastEventSequence(database);
        }
        // A file system repaired after a power cut can leave the file empty: 0 bytes pass SQLite's quick_check.
        Files.write(dataDir.resolve(KioskDatabase.FILE_NAME), new byte[0]);

        DatabaseRecovery.Outcome outcome = check(dataDir, backup, true);

        assertThat(outcome.result()).isEqualTo(DatabaseRecovery.Result.RESTORED_FROM_BACKUP);
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            assertThat(ledger(database).list(today())).as("the backup's tickets are back").hasSize(10);
            assertThat(lastEventSequence(database)).as("the restored file's events are numbered on from above the "
                    + "lost ones, for the server's cursor").isGreaterThan(eventsGiven);
            assertThat(issue(database, 1)).isEqualTo(16);
        }
    }

    @Test
    void aMissingFileWithBackupsBesideItIsRestoredAndNeverStartsAgainAtOne() throws Exception {
        DatabaseBackup backup = backup(dataDir);
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            issue(database, 8);
            backup.backupNow();
            issue(database, 2);
        }
        Files.delete(dataDir.resolve(KioskDatabase.FILE_NAME));
        Files.delete(dataDir.resolve(NumberMarks.FILE_NAME)); // nothing beside the file tells the last number

        DatabaseRecovery.Outcome outcome = check(dataDir, backup, true);

        assertThat(outcome.result()).isEqualTo(DatabaseRecovery.Result.RESTORED_FROM_BACKUP);
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            assertThat(issue(database, 1)).as("a gap above the backup's last number, never A009 again")
                    .isEqualTo(8 + DatabaseRecovery.UNKNOWN_GAP + 1);
        }
    }

    @Test
    void aDataDiskThatDidNotMountLeavesAnEmptyFolderAndTheMarksCopiedElsewhereStillKnowTheLastNumber()
            throws Exception {
        Path disk = dataDir.resolve("disk");
        try (KioskDatabase database = KioskDatabase.open(disk)) {
            issue(database, 7);
            database.keepMarks(backupDir); // the kiosk's minute job
        }
        // The data folder is an empty mount point: no database, no marks, no backup in it.
        deleteTree(disk);
        Files.createDirectories(disk);

        DatabaseRecovery.Outcome outcome = check(disk, backup(disk), true);

        assertThat(outcome.result()).isEqualTo(DatabaseRecovery.Result.STARTED_EMPTY);
        try (KioskDatabase database = KioskDatabase.open(disk)) {
            assertThat(issue(database, 1)).isEqualTo(8);
        }
    }

    @ParameterizedTest(name = "tickets copied into the file before: {0}")
    @ValueSource(ints = {0, 5})
    void theWalDeletedWhileTheKioskRunsThenAPowerCutLosesTicketsButNotTheirNumbers(int checkpointed)
            throws Exception {
        KioskDatabase running = KioskDatabase.open(dataDir);
        if (checkpointed > 0) {
            issue(running, checkpointed);
            checkpointFully(running);
        }
        issue(running, 12 - checkpointed);
        // Someone deletes the WAL by mistake; SQLite writes on into the deleted file.
        Files.delete(dataDir.resolve(KioskDatabase.FILE_NAME + "-wal"));
        issue(running, 3);
        // The power is cut: what is on disk now is the main file (holding what was checkpointed) and the marks.
        for (String name : List.of(KioskDatabase.FILE_NAME, NumberMarks.FILE_NAME)) {
            Files.copy(dataDir.resolve(name), elsewhere.resolve(name));
        }

        DatabaseRecovery.Outcome outcome = check(elsewhere, backup(elsewhere), true);

        // Without a checkpoint even the tables lived in the WAL: the file is an empty database, set aside.
        assertThat(outcome.result()).isEqualTo(checkpointed > 0 ? DatabaseRecovery.Result.NUMBERS_WENT_BACK
                : DatabaseRecovery.Result.STARTED_EMPTY);
        try (KioskDatabase database = KioskDatabase.open(elsewhere)) {
            assertThat(ledger(database).list(today())).as("the tickets only the WAL held are gone")
                    .hasSize(checkpointed);
            assertThat(issue(database, 1)).as("but A001..A015 are never given again").isEqualTo(16);
        }
        running.close();
    }

    @Test
    void stalePagesWrittenBackByALyingDiskPassTheCheckButNumberingResumesAboveTheMarks() throws Exception {
        Path file = dataDir.resolve(KioskDatabase.FILE_NAME);
        Path stale = elsewhere.resolve("stale.db");
        long eventsBefore;
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            issue(database, 10);
            checkpointFully(database);
            Files.copy(file, stale);
            issue(database, 10);
            checkpointFully(database);
            eventsBefore = lastEventSequence(database);
        }
        // The disk acknowledged the last writes but kept the old pages: the file reads as it was at ticket 10.
        Files.copy(stale, file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(DatabaseBackup.intact(file)).as("stale pages pass quick_check").isTrue();

        DatabaseRecovery.Outcome outcome = check(dataDir, backup(dataDir), true);

        assertThat(outcome.result()).isEqualTo(DatabaseRecovery.Result.NUMBERS_WENT_BACK);
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            assertThat(issue(database, 1)).isEqualTo(21);
            assertThat(lastEventSequence(database)).as("the event sequence never goes back either")
                    .isGreaterThan(eventsBefore);
        }
    }

    @Test
    void aDeskCommandRefusesToNumberFromADamagedFileAndLeavesItForTheKioskToRepair() throws Exception {
        DatabaseBackup backup = backup(dataDir);
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            issue(database, 3);
            backup.backupNow();
        }
        Files.write(dataDir.resolve(KioskDatabase.FILE_NAME), new byte[0]);

        assertThatThrownBy(() -> check(dataDir, backup, false)).isInstanceOf(DatabaseRecovery.NeedsRepair.class);
        assertThat(Files.size(dataDir.resolve(KioskDatabase.FILE_NAME))).as("left where it was").isZero();
    }

    @Test
    void aNewKioskWithNothingBesideItStartsAtOne() {
        DatabaseRecovery.Outcome outcome = check(dataDir, backup(dataDir), true);

        assertThat(outcome.result()).isEqualTo(DatabaseRecovery.Result.INTACT);
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            assertThat(issue(database, 1)).isEqualTo(1);
        }
    }

    private DatabaseBackup backup(Path dir) {
        return new DatabaseBackup(dir.resolve(KioskDatabase.FILE_NAME), backupDir, 3, clock);
    }

    private DatabaseRecovery.Outcome check(Path dir, DatabaseBackup backup, boolean repair) {
        return DatabaseRecovery.checkBeforeIssuing(dir, backup, backupDir, SERIES, 0, clock, repair);
    }

    private SqliteTicketLedger ledger(KioskDatabase database) {
        return new SqliteTicketLedger(database, 0, clock, "K01");
    }

    /** @return the last number given */
    private int issue(KioskDatabase database, int tickets) {
        int last = 0;
        for (int i = 0; i < tickets; i++) {
            last = ledger(database).issue(CONSULT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).number();
        }
        return last;
    }

    private java.time.LocalDate today() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toLocalDate();
    }

    private static void checkpointFully(KioskDatabase database) {
        database.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    private static long lastEventSequence(KioskDatabase database) {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT seq FROM sqlite_sequence WHERE name = 'events'")) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
