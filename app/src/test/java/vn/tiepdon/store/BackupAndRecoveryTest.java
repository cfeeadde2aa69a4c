package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.queue.Service;
import vn.tiepdon.testing.MovableClock;

class BackupAndRecoveryTest {

    private static final Service CONSULT = new Service("KBHYT", "A", "Khám BHYT", "Consultation");
    private static final Instant MORNING = Instant.parse("2026-11-25T01:00:00Z");

    @TempDir
    Path dataDir;

    @TempDir
    Path backupDir;

    private final MovableClock clock = new MovableClock(MORNING);

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void aBackupIsTakenWhileTheKioskIssuesAndIsAGoodDatabase() throws Exception {
        AtomicBoolean issuing = new AtomicBoolean(true);
        AtomicInteger issued = new AtomicInteger();
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, clock, "K01");
            for (int i = 0; i < 50; i++) {
                ledger.issue(CONSULT, now());
                issued.incrementAndGet();
            }
            Thread kiosk = Thread.ofPlatform().start(() -> {
                while (issuing.get()) {
                    ledger.issue(CONSULT, now());
                    issued.incrementAndGet();
                }
            });
            DatabaseBackup backup = new DatabaseBackup(database.file(), backupDir, 3, clock);
            DatabaseBackup.Made made = backup.backupNow();
            issuing.set(false);
            kiosk.join();

            assertThat(made.file().getFileName().toString()).isEqualTo("tiepdon-20261125-010000.db");
            assertThat(DatabaseBackup.intact(made.file())).isTrue();
            assertThat(Files.list(backupDir).map(p -> p.getFileName().toString()))
                    .containsExactly("tiepdon-20261125-010000.db");
            try (KioskDatabase copy = KioskDatabase.openForReading(made.file(), 1)) {
                int inBackup = copy.read(c -> {
                    try (var s = c.createStatement(); var rows = s.executeQuery("SELECT COUNT(*) FROM tickets")) {
                        return rows.next() ? rows.getInt(1) : -1;
                    }
                });
                assertThat(inBackup).isBetween(50, issued.get());
            }
            assertThat(backup.latest()).map(DatabaseBackup.Copy::takenAt)
                    .contains(LocalDateTime.of(2026, 11, 25, 1, 0));
        }
    }

    @Test
    void onlyTheNewestBackupsAreKept() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            DatabaseBackup backup = new DatabaseBackup(database.file(), backupDir, 3, clock);
            for (int night = 0; night < 5; night++) {
                backup.backupNow();
                clock.advance(Duration.ofDays(1));
            }
            assertThat(backup.copies()).extracting(c -> c.file().getFileName().toString()).containsExactly(
                    "tiepdon-20261129-010000.db", "tiepdon-20261128-010000.db", "tiepdon-20261127-010000.db");
        }
    }

    @Test
    void aDatabaseOfTheFirstReleaseWithoutAHandOffTableIsBackedUpToo() throws Exception {
        Path file = dataDir.resolve(KioskDatabase.FILE_NAME);
        // IT may take a backup before the new version first opens (and upgrades) the file.
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             var s = c.createStatement()) {
            s.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, number INTEGER NOT NULL)");
            s.execute("INSERT INTO tickets (number) VALUES (1), (2), (3)");
            s.execute("PRAGMA user_version = 1");
        }

        DatabaseBackup.Made made = new DatabaseBackup(file, backupDir, 3, clock).backupNow();

        try (KioskDatabase copy = KioskDatabase.openForReading(made.file(), 1)) {
            int sum = copy.read(c -> {
                try (var s = c.createStatement(); var rows = s.executeQuery("SELECT SUM(number) FROM tickets")) {
                    return rows.next() ? rows.getInt(1) : -1;
                }
            });
            assertThat(sum).isEqualTo(6);
        }
    }

    @Test
    void aBackupThatCannotBeWrittenFailsCleanly() throws Exception {
        Path notAFolder = Files.writeString(backupDir.resolve("usb-stick-missing"), "x");
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            DatabaseBackup backup = new DatabaseBackup(database.file(), notAFolder, 3, clock);

            assertThatThrownBy(backup::backupNow).isInstanceOf(StorageException.class)
                    .hasMessageContaining("usb-stick-missing");
            assertThat(backup.copies()).isEmpty();
        }
    }

    @Test
    void theNightlyBackupIsDueOnceADayAtOrAfterItsHour() {
        BackupSchedule twoAm = new BackupSchedule(2);
        LocalDateTime morning = LocalDateTime.of(2026, 11, 25, 7, 30);

        assertThat(twoAm.due(Optional.empty(), morning)).isTrue();
        assertThat(twoAm.due(Optional.of(LocalDateTime.of(2026, 11, 24, 2, 0)), morning))
                .as("the PC was off at 02:00: taken when it starts").isTrue();
        assertThat(twoAm.due(Optional.of(LocalDateTime.of(2026, 11, 25, 2, 0)), morning)).isFalse();
        assertThat(twoAm.due(Optional.of(LocalDateTime.of(2026, 11, 24, 23, 0)),
                LocalDateTime.of(2026, 11, 25, 1, 59))).isFalse();
        assertThat(twoAm.due(Optional.of(LocalDateTime.of(2026, 11, 24, 23, 0)),
                LocalDateTime.of(2026, 11, 25, 2, 0))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aDatabaseLeftByAPowerCutWithItsWriteAheadLogIsNotTakenForDamaged(boolean sharedMemoryFileLeft,
                                                                          @TempDir Path afterTheCut) throws Exception {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, clock, "K01");
            for (int i = 0; i < 20; i++) {
                ledger.issue(CONSULT, now());
            }
            // The files as a power cut leaves them: committed tickets still in the WAL, the shared-memory index too.
            for (String name : sharedMemoryFileLeft ? List.of("tiepdon.db", "tiepdon.db-wal", "tiepdon.db-shm")
                    : List.of("tiepdon.db", "tiepdon.db-wal")) {
                Files.copy(dataDir.resolve(name), afterTheCut.resolve(name));
            }
        }
        assertThat(Files.size(afterTheCut.resolve("tiepdon.db-wal"))).as("the WAL holds the tickets").isPositive();

        DatabaseRecovery.Outcome outcome = check(afterTheCut, new DatabaseBackup(afterTheCut.resolve(KioskDatabase.FILE_NAME), backupDir, 3, clock), List.of("KBHYT"));

        assertThat(outcome.result()).isEqualTo(DatabaseRecovery.Result.INTACT);
        try (KioskDatabase database = KioskDatabase.open(afterTheCut)) {
            assertThat(new SqliteTicketLedger(database, 0, clock, "K01").issue(CONSULT, now()).number()).isEqualTo(21);
        }
    }

    @Test
    void anIntactDatabaseIsLeftAlone() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            new SqliteTicketLedger(database, 0, clock, "K01").issue(CONSULT, now());
        }
        DatabaseRecovery.Outcome outcome = check(dataDir, new DatabaseBackup(dataDir.resolve(KioskDatabase.FILE_NAME), backupDir, 3, clock), List.of("KBHYT"));

        assertThat(outcome.result()).isEqualTo(DatabaseRecovery.Result.INTACT);
    }

    @ParameterizedTest(name = "marks kept beside the file: {0}")
    @ValueSource(booleans = {true, false})
    void aDamagedDatabaseIsReplacedByTheBackupAndNoNumberIsGivenTwice(boolean marksKept) throws Exception {
        Path file = dataDir.resolve(KioskDatabase.FILE_NAME);
        DatabaseBackup backup = new DatabaseBackup(file, backupDir, 3, clock);
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, clock, "K01");
            for (int i = 0; i < 10; i++) {
                ledger.issue(CONSULT, now());
            }
            backup.backupNow();
            // A011..A015 are given after the backup: the backup does not know them.
            for (int i = 0; i < 5; i++) {
                ledger.issue(CONSULT, now());
            }
        }
        damageTheHeader(file);
        if (!marksKept) {
            Files.delete(dataDir.resolve("tiepdon.marks"));
        }
        clock.advance(Duration.ofMinutes(5));

        DatabaseRecovery.Outcome outcome = check(dataDir, backup, List.of("KBHYT", "KDV"));

        assertThat(outcome.result()).isEqualTo(DatabaseRecovery.Result.RESTORED_FROM_BACKUP);
        assertThat(outcome.damagedFile().orElseThrow()).exists();
        assertThat(outcome.damagedFile().orElseThrow().getFileName().toString())
                .isEqualTo("tiepdon.db.damaged-20261125-010500");
        assertThat(outcome.salvaged()).as("the damaged file is unreadable").isFalse();
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, clock, "K01");
            assertThat(ledger.list(now().toLocalDate())).hasSize(10);
            // With the marks the last number is known (A015); without them, a gap of UNKNOWN_GAP.
            assertThat(ledger.issue(CONSULT, now()).number()).as("never one of A011..A015 again")
                    .isEqualTo(marksKept ? 16 : 10 + DatabaseRecovery.UNKNOWN_GAP + 1);
            assertThat(ledger.issue(new Service("KDV", "B", "Khám dịch vụ", "Paid"), now()).number())
                    .isEqualTo(marksKept ? 1 : DatabaseRecovery.UNKNOWN_GAP + 1);
        }
    }

    @Test
    void aDamagedDatabaseSetAsideIsDeletedOnceOlderThanTheHandOffRetention() throws Exception {
        Path file = dataDir.resolve(KioskDatabase.FILE_NAME);
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            new SqliteTicketLedger(database, 0, clock, "K01").issue(CONSULT, now());
        }
        damageTheHeader(file);
        Path damaged = check(dataDir, new DatabaseBackup(file, backupDir, 3, clock), List.of("KBHYT"))
                .damagedFile().orElseThrow();
        SetAsideFiles setAside = new SetAsideFiles(dataDir, Duration.ofDays(2), clock);

        clock.advance(Duration.ofDays(2));
        assertThat(setAside.deleteExpired()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(setAside.deleteExpired()).contains(damaged);
        assertThat(damaged).doesNotExist();
        assertThat(file).as("the kiosk's own database stays").exists();
    }

    @ParameterizedTest(name = "marks kept beside the file: {0}")
    @ValueSource(booleans = {true, false})
    void withoutABackupTheKioskStartsEmptyAndStillSkipsPastTodaysNumbers(boolean marksKept) throws Exception {
        Path file = dataDir.resolve(KioskDatabase.FILE_NAME);
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, clock, "K01");
            for (int i = 0; i < 4; i++) {
                ledger.issue(CONSULT, now());
            }
        }
        damageTheHeader(file);
        if (!marksKept) {
            Files.delete(dataDir.resolve("tiepdon.marks"));
        }

        DatabaseRecovery.Outcome outcome = check(dataDir, new DatabaseBackup(file, backupDir, 3, clock),
                List.of("KBHYT"));

        assertThat(outcome.result()).isEqualTo(DatabaseRecovery.Result.STARTED_EMPTY);
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            assertThat(new SqliteTicketLedger(database, 0, clock, "K01").issue(CONSULT, now()).number())
                    .isEqualTo(marksKept ? 5 : DatabaseRecovery.UNKNOWN_GAP + 1);
        }
    }

    private DatabaseRecovery.Outcome check(Path dir, DatabaseBackup backup, List<String> series) {
        return DatabaseRecovery.checkBeforeIssuing(dir, backup, backupDir, series, 0, clock, true);
    }

    /** What a bad sector at the start of the file does: SQLite no longer recognises it at all. */
    private static void damageTheHeader(Path file) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(0);
            raw.write("not a database any more".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
