package vn.tiepdon.store;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.identity.CitizenId;
import vn.tiepdon.identity.Sex;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.PriorityRule;
import vn.tiepdon.registration.Registration;
import vn.tiepdon.testing.MovableClock;

/** The hand-off's personal data leaves no bytes behind: not in a backup, not in the kiosk's file once purged. */
class PersonalDataOnDiskTest {

    private static final Service CONSULT = new Service("KBHYT", "A", "Khám BHYT", "Consultation");
    /** A made-up person, with a name and number unlike anything else in the files, so any byte left is found. */
    private static final String NAME = "Phùng Thị Giảlập";
    private static final String NUMBER = "001307009876";
    private static final CitizenId PATIENT = new CitizenId(NUMBER, "", NAME, LocalDate.of(2007, 4, 9), Sex.FEMALE,
            "Xã Thử Nghiệm, Tỉnh Mẫu", LocalDate.of(2023, 1, 5));
    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 25, 7, 45);

    @TempDir
    Path dataDir;

    @TempDir
    Path backupDir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T02:00:00Z"));

    @Test
    void aBackupHoldsEveryTicketAndNoByteOfTheHandOff() throws Exception {
        Path backupFile;
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            for (int i = 0; i < 7; i++) {
                register(database, MORNING.minusHours(i));
            }
            assertThat(holds(dataDir.resolve("tiepdon.db-wal"), NAME)).as("the search finds what is there").isTrue();

            backupFile = new DatabaseBackup(database.file(), backupDir, 3, clock).backupNow().file();

            assertThat(new SqliteRegistrations(database, "K01", java.time.ZoneId.systemDefault()).handoffCount()).as("the kiosk keeps its own").isEqualTo(7);
        }

        assertThat(holds(backupFile, NAME)).isFalse();
        assertThat(holds(backupFile, NUMBER)).isFalse();
        try (KioskDatabase copy = KioskDatabase.openForReading(backupFile, Schema.latestVersion())) {
            assertThat(count(copy, "tickets")).isEqualTo(7);
            assertThat(count(copy, "registrations")).isEqualTo(7);
            assertThat(count(copy, "handoff")).isZero();
        }
        try (var listing = Files.list(backupDir)) {
            assertThat(listing).as("nothing else left behind").containsExactly(backupFile);
        }
    }

    @Test
    void aPurgedHandOffRowIsOverwrittenInTheDatabaseFile() throws Exception {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            register(database, MORNING.minusDays(2));
            register(database, MORNING.minusDays(2).plusMinutes(5));
            checkpoint(database.file());
            assertThat(holds(database.file(), NAME)).as("the search finds what is there").isTrue();

            assertThat(new SqliteRegistrations(database, "K01", java.time.ZoneId.systemDefault()).purgeHandoff(MORNING, Duration.ofDays(1))).isEqualTo(2);
            checkpoint(database.file());

            for (Path file : new Path[] {database.file(), dataDir.resolve("tiepdon.db-wal")}) {
                assertThat(holds(file, NAME)).as(file.getFileName().toString()).isFalse();
                assertThat(holds(file, NUMBER)).as(file.getFileName().toString()).isFalse();
            }
        }
    }

    @Test
    void aPurgeLeavesNoOldCopyOfTheRowsInTheWriteAheadLog() throws Exception {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            register(database, MORNING.minusDays(2));
            assertThat(holds(dataDir.resolve("tiepdon.db-wal"), NAME)).as("the row went through the WAL").isTrue();

            assertThat(new SqliteRegistrations(database, "K01", java.time.ZoneId.systemDefault())
                    .purgeHandoff(MORNING, Duration.ofDays(1))).isEqualTo(1);

            // Without asking anyone to checkpoint: the purge itself leaves no frame of the row behind.
            for (Path file : new Path[] {database.file(), dataDir.resolve("tiepdon.db-wal")}) {
                assertThat(holds(file, NAME)).as(file.getFileName().toString()).isFalse();
                assertThat(holds(file, NUMBER)).as(file.getFileName().toString()).isFalse();
            }
        }
    }

    private void register(KioskDatabase database, LocalDateTime at) {
        IssuedTicket ticket = new SqliteTicketLedger(database, 0, clock, "K01").issue(CONSULT, at);
        new SqliteRegistrations(database, "K01", java.time.ZoneId.systemDefault()).record(Registration.of(ticket.id(), at, CONSULT.code(),
                Optional.of(PATIENT), PriorityRule.LAW_2023), Optional.of(PATIENT));
    }

    /** Whether the file's raw bytes hold the text as SQLite stores it (UTF-8); a missing file holds nothing. */
    private static boolean holds(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        return new String(Files.readAllBytes(file), ISO_8859_1).contains(new String(text.getBytes(UTF_8), ISO_8859_1));
    }

    /** Moves every page from the WAL into the database file and empties the WAL, as a quiet kiosk ends up. */
    private static void checkpoint(Path file) throws SQLException {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = other.createStatement();
             ResultSet result = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).as("checkpoint not blocked").isZero();
        }
    }

    private static int count(KioskDatabase database, String table) {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                return rows.next() ? rows.getInt(1) : -1;
            }
        });
    }
}
