package vn.tiepdon.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import vn.tiepdon.queue.ServiceDay;

/**
 * The check every process makes before it gives its first number, and the recovery path when the kiosk database is
 * damaged or gone. A number is never given twice, whatever happened to the files:
 *
 * <ul>
 *   <li>a file that passes its check is compared with the marks kept outside it ({@link NumberMarks}); if today's
 *       numbering went backwards (its WAL deleted, stale pages written back by a failing disk), it resumes above
 *       the marks;</li>
 *   <li>a file that is damaged, or missing or empty where a kiosk has run before (the marks or backups say so, in
 *       the data folder or the backup folder — a data disk that failed to mount leaves an empty folder), is moved
 *       aside for IT, the newest backup that passes its check takes its place (or the kiosk starts empty), and
 *       today's numbering resumes above the marks, the highest number the damaged file still shows, and the backup;
 *       without marks for today, {@value #UNKNOWN_GAP} above what is known: a gap, never a number twice;</li>
 *   <li>the event sequence resumes above anything it may have given ({@value #EVENT_GAP} above the last known after
 *       a loss), so the central server's cursor never sees a number twice.</li>
 * </ul>
 *
 * Only the kiosk repairs (moves and restores files); a reception-desk command that finds the file damaged refuses
 * to give a number and says to start the kiosk.
 */
public final class DatabaseRecovery {

    /** Numbers skipped per service when nothing tells how far today's numbering went. */
    public static final int UNKNOWN_GAP = 300;
    /** Event sequence numbers skipped after a loss: more than a day of a busy kiosk's events. */
    public static final long EVENT_GAP = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRecovery.class);

    public enum Result {
        /** Nothing to do: the file is whole and no number went backwards (or this is a new kiosk). */
        INTACT,
        /** The file is whole, but today's numbers in it are behind the marks: numbering resumes above them. */
        NUMBERS_WENT_BACK,
        RESTORED_FROM_BACKUP,
        STARTED_EMPTY
    }

    /**
     * What the check found and did, for the log and the admin screen.
     *
     * @param damagedFile  where the damaged database was moved
     * @param restoredFrom the backup that replaced it
     * @param salvaged     whether today's highest numbers could still be read from the damaged file
     */
    public record Outcome(Result result, Optional<Path> damagedFile, Optional<Path> restoredFrom, boolean salvaged) {
    }

    /** What a desk command says when the kiosk must repair the file first. */
    public static final class NeedsRepair extends StorageException {
        private final transient Path file;

        NeedsRepair(Path file, String state) {
            super("the kiosk database " + file + " is " + state
                    + "; start the kiosk, which repairs it, before giving numbers here", null);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    private DatabaseRecovery() {
    }

    /**
     * Checks {@code <dataDir>/tiepdon.db} before numbers are given, and recovers it when damaged.
     *
     * @param backupDir    where backups (and a copy of the marks) are kept
     * @param serviceCodes every numbering series of the kiosk (services and their priority series)
     * @param repair       true for the kiosk, which may move and restore files; false for a desk command beside it
     * @throws NeedsRepair when the file needs repair and {@code repair} is false
     */
    public static Outcome checkBeforeIssuing(Path dataDir, DatabaseBackup backups, Path backupDir,
                                             Collection<String> serviceCodes, int dayStartHour, Clock clock,
                                             boolean repair) {
        Path file = dataDir.resolve(KioskDatabase.FILE_NAME);
        new SpaceReserve(dataDir).releaseIfDiskFull();
        NumberMarks.Marks marks = marksIn(dataDir).max(marksIn(backupDir));
        FileState state = FileState.of(file);
        boolean ranBefore = !marks.isNone() || !backups.copies().isEmpty();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = ServiceDay.of(now, dayStartHour);
        if (state == FileState.WHOLE || state == FileState.MISSING && !ranBefore) {
            if (state == FileState.MISSING) {
                return new Outcome(Result.INTACT, Optional.empty(), Optional.empty(), false);
            }
            try (KioskDatabase database = KioskDatabase.open(dataDir)) {
                boolean wentBack = resumeAboveMarks(database, today, serviceCodes, marks);
                return new Outcome(wentBack ? Result.NUMBERS_WENT_BACK : Result.INTACT, Optional.empty(),
                        Optional.empty(), false);
            }
        }
        if (!repair) {
            throw new NeedsRepair(file, state.words);
        }
        Optional<Map<String, Integer>> salvaged = state == FileState.DAMAGED
                ? highestNumbers(file, StoredTimes.day(today)) : Optional.empty();
        Optional<Path> damaged = Files.exists(file) ? Optional.of(moveAside(file, now)) : Optional.empty();
        Optional<Path> restored = Optional.empty();
        for (DatabaseBackup.Copy copy : backups.copies()) {
            if (DatabaseBackup.intact(copy.file())) {
                copy(copy.file(), file);
                restored = Optional.of(copy.file());
                break;
            }
        }
        // The marks are never behind a number given: with them, the last number of today is known exactly.
        boolean lastKnown = !marks.isNone() || salvaged.isPresent();
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            setFloors(database, StoredTimes.day(today), serviceCodes, series -> {
                int known = Math.max(marks.lastNumber(series, today),
                        salvaged.map(found -> found.getOrDefault(series, 0)).orElse(0));
                return lastKnown ? OptionalInt.of(known) : OptionalInt.empty();
            }, "restored: " + state.words);
            raiseEventSequence(database, marks.events() + EVENT_GAP);
        }
        Outcome outcome = new Outcome(restored.isPresent() ? Result.RESTORED_FROM_BACKUP : Result.STARTED_EMPTY,
                damaged, restored, salvaged.isPresent());
        LOG.error("The kiosk database was {}{}; {}; today's numbers resume {}", state.words,
                damaged.map(d -> " and was moved to " + d).orElse(""),
                restored.map(b -> "restored from backup " + b).orElse("no usable backup, started empty"),
                lastKnown ? "after the last number given"
                        : UNKNOWN_GAP + " above the last known, the last number given being unknown");
        return outcome;
    }

    /** The marks in a folder; none when they cannot be read (a backup disk unplugged): the check goes on without. */
    private static NumberMarks.Marks marksIn(Path dir) {
        try {
            return new NumberMarks(dir).read();
        } catch (StorageException e) {
            LOG.warn("The number marks in {} cannot be read: {}", dir, e.getCause() == null ? e.getMessage()
                    : e.getCause().getMessage());
            return NumberMarks.Marks.none();
        }
    }

    /** What the database file looks like before it is opened. */
    private enum FileState {
        MISSING("missing"), EMPTY("empty"), DAMAGED("damaged"), WHOLE("whole");

        final String words;

        FileState(String words) {
            this.words = words;
        }

        static FileState of(Path file) {
            if (!Files.exists(file)) {
                return MISSING;
            }
            try {
                // A 0-byte file passes SQLite's quick_check: it is an empty database, not this kiosk's.
                if (Files.size(file) == 0) {
                    return EMPTY;
                }
            } catch (IOException e) {
                return DAMAGED;
            }
            if (!Files.isReadable(file) || !DatabaseBackup.intact(file)) {
                return DAMAGED;
            }
            return hasTickets(file) ? WHOLE : EMPTY;
        }

        private static boolean hasTickets(Path file) {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                    config.toProperties());
                 Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery(
                         "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'tickets'")) {
                return rows.next() && rows.getInt(1) == 1;
            } catch (SQLException e) {
                return false;
            }
        }
    }

    /**
     * Raises today's floors to the marks where the file is behind them, and the event sequence to the marks'.
     *
     * @return true when a number went backwards (logged as an error: numbers were lost from the file)
     */
    static boolean resumeAboveMarks(KioskDatabase database, LocalDate today, Collection<String> serviceCodes,
                                    NumberMarks.Marks marks) {
        if (marks.isNone()) {
            return false;
        }
        String day = StoredTimes.day(today);
        java.util.Set<String> series = new java.util.TreeSet<>(serviceCodes);
        series.addAll(marks.numbers().keySet());
        Map<String, Integer> behind = database.read(c -> {
            Map<String, Integer> found = new java.util.TreeMap<>();
            for (String code : series) {
                int marked = marks.lastNumber(code, today);
                int known = lastNumber(c, code, day);
                if (known < marked) {
                    found.put(code, marked);
                }
            }
            return found;
        });
        if (!behind.isEmpty()) {
            setFloors(database, day, behind.keySet(), code -> OptionalInt.of(behind.get(code)),
                    "numbers went back: resumed above the marks");
            raiseEventSequence(database, marks.events() + EVENT_GAP);
            LOG.error("Today's numbers in {} went back behind the marks kept beside it ({}): numbers given are "
                    + "missing from the file; numbering resumes above the marks", database.file(), behind);
            return true;
        }
        raiseEventSequence(database, marks.events());
        return false;
    }

    /** The event sequence never goes back: the next event is numbered above {@code atLeast}. */
    private static void raiseEventSequence(KioskDatabase database, long atLeast) {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'events'");
                 PreparedStatement insert = c.prepareStatement("""
                         INSERT INTO sqlite_sequence (name, seq)
                         SELECT 'events', ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'events')""")) {
                update.setLong(1, atLeast);
                update.executeUpdate();
                insert.setLong(1, atLeast);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Today's highest number per series, if the damaged file can still answer that much. */
    private static Optional<Map<String, Integer>> highestNumbers(Path file, String today) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             PreparedStatement query = c.prepareStatement(
                     "SELECT service_code, MAX(number) FROM tickets WHERE service_day = ? GROUP BY service_code")) {
            query.setString(1, today);
            Map<String, Integer> highest = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    highest.put(rows.getString(1), rows.getInt(2));
                }
            }
            return Optional.of(highest);
        } catch (SQLException e) {
            LOG.warn("today's numbers cannot be read from the damaged database: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * @param lastGiven the last number given per series, when known; empty: unknown, so {@value #UNKNOWN_GAP} above
     *                  what the file knows
     */
    private static void setFloors(KioskDatabase database, String today, Collection<String> serviceCodes,
                                  java.util.function.Function<String, OptionalInt> lastGiven, String reason) {
        database.write(c -> {
            for (String code : serviceCodes) {
                int known = lastNumber(c, code, today);
                OptionalInt given = lastGiven.apply(code);
                int floor = given.isPresent() ? Math.max(known, given.getAsInt()) : known + UNKNOWN_GAP;
                try (PreparedStatement upsert = c.prepareStatement("""
                        INSERT INTO ticket_number_floors (service_code, service_day, floor, reason) VALUES (?, ?, ?, ?)
                        ON CONFLICT (service_code, service_day) DO UPDATE SET floor = MAX(floor, excluded.floor),
                            reason = excluded.reason""")) {
                    upsert.setString(1, code);
                    upsert.setString(2, today);
                    upsert.setInt(3, floor);
                    upsert.setString(4, reason);
                    upsert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The last number the file knows for the series: its tickets, or a floor set earlier. */
    private static int lastNumber(Connection c, String code, String day) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("""
                SELECT MAX(COALESCE((SELECT MAX(number) FROM tickets WHERE service_code = ?1 AND service_day = ?2), 0),
                           COALESCE((SELECT floor FROM ticket_number_floors
                                     WHERE service_code = ?1 AND service_day = ?2), 0))""")) {
            query.setString(1, code);
            query.setString(2, day);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private static Path moveAside(Path file, LocalDateTime now) {
        Path damaged = SetAsideFiles.nameFor(file, now);
        try {
            Files.move(file, damaged, StandardCopyOption.ATOMIC_MOVE);
            for (String companion : new String[] {"-wal", "-shm"}) {
                Path side = file.resolveSibling(file.getFileName() + companion);
                if (Files.exists(side)) {
                    Files.move(side, damaged.resolveSibling(damaged.getFileName() + companion),
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new StorageException("the damaged database " + file + " cannot be moved aside", e);
        }
        return damaged;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StorageException("backup " + from + " cannot be restored to " + to, e);
        }
    }
}
