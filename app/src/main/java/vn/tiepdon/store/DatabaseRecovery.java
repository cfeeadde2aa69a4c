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
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import vn.tiepdon.queue.ServiceDay;

/**
 * The check at start and the recovery path when the kiosk database is damaged (a power cut on a failing disk,
 * a bad sector). The kiosk must go on issuing tickets, and never give a number twice:
 *
 * <ol>
 *   <li>the damaged file (with its WAL) is moved aside as {@code tiepdon.db.damaged-<time>}, for IT;</li>
 *   <li>the newest backup that passes its check takes its place, or, without one, the kiosk starts empty;</li>
 *   <li>today's numbering resumes above the highest number the damaged file still shows, or, when it cannot be
 *       read, {@value #UNKNOWN_GAP} above what the backup knows: a gap in the numbers, never a number twice.</li>
 * </ol>
 */
public final class DatabaseRecovery {

    /** Numbers skipped per service when the damaged file cannot tell how far today's numbering went. */
    public static final int UNKNOWN_GAP = 300;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRecovery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    public enum Result { INTACT, RESTORED_FROM_BACKUP, STARTED_EMPTY }

    /**
     * What the check found and did, for the log and the admin screen.
     *
     * @param damagedFile  where the damaged database was moved
     * @param restoredFrom the backup that replaced it
     * @param salvaged     whether today's highest numbers could still be read from the damaged file
     */
    public record Outcome(Result result, Optional<Path> damagedFile, Optional<Path> restoredFrom, boolean salvaged) {
    }

    private DatabaseRecovery() {
    }

    /**
     * Checks {@code <dataDir>/tiepdon.db} before the kiosk opens it and recovers it when damaged.
     *
     * @param serviceCodes every numbering series of the kiosk (services and their priority series)
     */
    public static Outcome checkAndRecover(Path dataDir, DatabaseBackup backups, Collection<String> serviceCodes,
                                          int dayStartHour, Clock clock) {
        Path file = dataDir.resolve(KioskDatabase.FILE_NAME);
        if (!Files.exists(file) || DatabaseBackup.intact(file)) {
            return new Outcome(Result.INTACT, Optional.empty(), Optional.empty(), false);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String today = StoredTimes.day(ServiceDay.of(now, dayStartHour));
        Optional<Map<String, Integer>> salvaged = highestNumbers(file, today);
        Path damaged = moveAside(file, now);
        Optional<Path> restored = Optional.empty();
        for (DatabaseBackup.Copy copy : backups.copies()) {
            if (DatabaseBackup.intact(copy.file())) {
                copy(copy.file(), file);
                restored = Optional.of(copy.file());
                break;
            }
        }
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            setFloors(database, today, serviceCodes, salvaged);
        }
        Outcome outcome = new Outcome(restored.isPresent() ? Result.RESTORED_FROM_BACKUP : Result.STARTED_EMPTY,
                Optional.of(damaged), restored, salvaged.isPresent());
        LOG.error("The kiosk database was damaged and moved to {}; {}; today's numbers resume {}", damaged,
                restored.map(b -> "restored from backup " + b).orElse("no usable backup, started empty"),
                salvaged.isPresent() ? "after the last number the damaged file shows"
                        : UNKNOWN_GAP + " above the last known, the damaged file being unreadable");
        return outcome;
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

    private static void setFloors(KioskDatabase database, String today, Collection<String> serviceCodes,
                                  Optional<Map<String, Integer>> salvaged) {
        database.write(c -> {
            for (String code : serviceCodes) {
                int known = lastNumber(c, code, today);
                int floor = salvaged.isPresent() ? Math.max(known, salvaged.get().getOrDefault(code, 0))
                        : known + UNKNOWN_GAP;
                try (PreparedStatement upsert = c.prepareStatement("""
                        INSERT INTO ticket_number_floors (service_code, service_day, floor, reason) VALUES (?, ?, ?, ?)
                        ON CONFLICT (service_code, service_day) DO UPDATE SET floor = MAX(floor, excluded.floor),
                            reason = excluded.reason""")) {
                    upsert.setString(1, code);
                    upsert.setString(2, today);
                    upsert.setInt(3, floor);
                    upsert.setString(4, salvaged.isPresent() ? "restored: last number read from the damaged file"
                            : "restored: damaged file unreadable, numbers skipped");
                    upsert.executeUpdate();
                }
            }
            return null;
        });
    }

    private static int lastNumber(Connection c, String code, String day) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT COALESCE(MAX(number), 0) FROM tickets WHERE service_code = ? AND service_day = ?")) {
            query.setString(1, code);
            query.setString(2, day);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private static Path moveAside(Path file, LocalDateTime now) {
        Path damaged = file.resolveSibling(file.getFileName() + ".damaged-" + STAMP.format(now));
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
