package vn.tiepdon.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Copies of the kiosk database in a backup folder, {@code tiepdon-YYYYMMDD-HHmmss.db}, the newest {@code keep}
 * kept. A copy is taken online with {@code VACUUM INTO} on a connection of its own, so the kiosk goes on issuing
 * tickets meanwhile (WAL lets a reader beside the writer); it is checked before it gets its final name, so every
 * file with that name is a good database.
 *
 * <p>A copy holds no hand-off rows (ID numbers, names, birth dates): see {@link #copyWithoutHandOff}.
 *
 * <p>The backup folder is the only state: the last backup is the newest file in it.
 */
public final class DatabaseBackup {

    private static final String PREFIX = "tiepdon-";
    private static final String SUFFIX = ".db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    /** One backup made: where, how big, how long it took. */
    public record Made(Path file, long bytes, Duration took) {
    }

    /** A backup in the folder and when it was taken (from its name, in the kiosk's local time). */
    public record Copy(Path file, LocalDateTime takenAt) {
    }

    private final Path database;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    public DatabaseBackup(Path database, Path folder, int keep, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup, was " + keep);
        }
        this.keep = keep;
    }

    /**
     * Takes a backup now, then deletes the oldest beyond {@code keep}.
     *
     * @throws StorageException when the copy cannot be made or does not pass its check (nothing is left behind)
     */
    public Made backupNow() {
        long start = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = folder.resolve(PREFIX + STAMP.format(now) + SUFFIX);
        Path partial = folder.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            copyWithoutHandOff(partial);
            requireIntact(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long bytes = Files.size(target);
            rotate();
            return new Made(target, bytes, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The failure below is what IT needs to see; a leftover .part file is never taken for a backup.
            }
            throw new StorageException("backup of " + database + " to " + folder + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the database to {@code partial} with its hand-off table empty, so that personal data never reaches
     * the backup folder's disk, not even in free pages: the consistent copy is made in memory, the hand-off emptied
     * there (memory the size of the database, for the seconds of a backup), and only then written out by
     * {@code VACUUM INTO}, which writes live rows alone. Emptied rather than cut to those within retention: the
     * rows exist for the HIS, which took them long before a kiosk is restored from a backup, and a backup is kept
     * {@code backup.keep} nights, far longer than they may be.
     */
    private void copyWithoutHandOff(Path partial) throws SQLException {
        // Named with '/' so that the source's connection reaches it too; it lives while a connection holds it.
        String inMemory = "file:/tiepdon-backup-" + UUID.randomUUID() + "?vfs=memdb";
        try (Connection scratch = DriverManager.getConnection("jdbc:sqlite::memory:", uris().toProperties());
             Statement statement = scratch.createStatement()) {
            statement.execute("ATTACH " + literal(inMemory) + " AS copy");
            try (Connection source = readOnly(database); Statement copy = source.createStatement()) {
                copy.execute("VACUUM INTO " + literal(inMemory));
            }
            // A database of the first release, not yet opened by this version, has no hand-off table.
            try (ResultSet handOff = statement.executeQuery(
                    "SELECT 1 FROM copy.sqlite_master WHERE type = 'table' AND name = 'handoff'")) {
                if (handOff.next()) {
                    statement.execute("DELETE FROM copy.handoff");
                }
            }
            statement.execute("VACUUM copy INTO " + literal(partial.toAbsolutePath().toString()));
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The backups in the folder, newest first; files with other names are not looked at. */
    public List<Copy> copies() {
        List<Copy> copies = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return copies;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                takenAt(file).ifPresent(at -> copies.add(new Copy(file, at)));
            }
        } catch (IOException e) {
            throw new StorageException("cannot list backups in " + folder, e);
        }
        copies.sort(Comparator.comparing(Copy::takenAt).reversed());
        return copies;
    }

    public Optional<Copy> latest() {
        return copies().stream().findFirst();
    }

    /** Whether a file is a database that passes SQLite's quick check. */
    public static boolean intact(Path file) {
        try {
            requireIntact(file);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static void requireIntact(Path file) throws SQLException {
        try (Connection c = readOnly(file); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("PRAGMA quick_check")) {
            String result = rows.next() ? rows.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new SQLException("quick_check: " + result);
            }
        }
    }

    private void rotate() throws IOException {
        List<Copy> copies = copies();
        for (Copy old : copies.subList(Math.min(keep, copies.size()), copies.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    private static Optional<LocalDateTime> takenAt(Path file) {
        String name = file.getFileName().toString();
        String stamp = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
        try {
            return Optional.of(LocalDateTime.parse(stamp, STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new SQLException("no database at " + file);
        }
        SQLiteConfig config = uris();
        config.setReadOnly(true);
        config.setBusyTimeout((int) KioskDatabase.BUSY_TIMEOUT.toMillis());
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /**
     * Lets {@code VACUUM INTO} and {@code ATTACH} name the in-memory copy by URI; an absolute path never starts
     * with {@code file:}, so a database's own path reads as before.
     */
    private static SQLiteConfig uris() {
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return config;
    }
}
