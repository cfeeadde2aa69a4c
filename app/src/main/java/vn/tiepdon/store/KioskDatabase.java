package vn.tiepdon.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The kiosk's SQLite file, {@code <dataDir>/tiepdon.db}, shared by the kiosk and the reception
 * desk's command line.
 *
 * <ul>
 *   <li>WAL journal: readers (admin status) never wait for the writer.</li>
 *   <li>{@code synchronous=FULL}: a committed ticket number survives a power cut. If it rolled
 *       back after the paper came out, the same number would be issued twice.</li>
 *   <li>Writes run in {@code BEGIN IMMEDIATE} transactions, which take the file's write lock
 *       up front, so two processes never both read the same "last number"; the busy timeout
 *       makes the second one wait instead of failing.</li>
 * </ul>
 *
 * One connection per instance, used by one thread at a time: the kiosk issues from a background
 * thread while the admin screen reads from another.
 */
public final class KioskDatabase implements AutoCloseable {

    public static final String FILE_NAME = "tiepdon.db";
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(15);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KioskDatabase.class);
    /** Pages (4 KB) the WAL may hold before SQLite copies it into the database file. */
    static final int CHECKPOINT_PAGES = 256;

    private final Path file;
    private final Connection connection;
    /** Space for ticket numbers on a full disk; none for a read-only view. */
    private final SpaceReserve reserve;
    /** The last numbers given, outside the file; none for a read-only view. */
    private final NumberMarks marks;
    private volatile boolean marksFailing;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean lowOnSpace;

    private KioskDatabase(Path file, Connection connection, SpaceReserve reserve) {
        this.file = file;
        this.connection = connection;
        this.reserve = reserve;
        this.marks = reserve == null ? null : new NumberMarks(file.getParent());
    }

    /** Opens (creating if needed) the database in {@code dataDir} and brings its schema up to date. */
    public static KioskDatabase open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StorageException("cannot create data directory " + dataDir, e);
        }
        SpaceReserve reserve = new SpaceReserve(dataDir);
        Connection connection;
        try {
            connection = connect(file);
        } catch (SQLException e) {
            // On a full disk even opening fails (the WAL's shared-memory file is created at open): free the reserve.
            if (!reserve.release()) {
                throw new StorageException("cannot open database " + file, e);
            }
            try {
                connection = connect(file);
            } catch (SQLException again) {
                throw new StorageException("cannot open database " + file, again);
            }
        }
        KioskDatabase database = new KioskDatabase(file, connection, reserve);
        try {
            database.write(c -> {
                Schema.migrate(c);
                return null;
            });
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private static Connection connect(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                settings().toProperties());
        try (Statement statement = connection.createStatement()) {
            // The WAL is copied into the file about every minute's work, so losing the WAL loses little; its file
            // is kept at its size (no journal_size_limit), so a full disk does not stop it being reused.
            statement.execute("PRAGMA wal_autocheckpoint = " + CHECKPOINT_PAGES);
            // Touch the file now: a full disk shows here, where the reserve can be freed, not at the first ticket.
            statement.execute("PRAGMA user_version");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /**
     * Opens a kiosk database file for reading only, while the kiosk may be running: no migration, no write, no
     * file created. IT's statistics read it this way without stopping the kiosk (WAL lets a reader in beside the
     * writer).
     *
     * @throws StorageException when the file is missing, not a database, or older than {@code minimumVersion}
     */
    public static KioskDatabase openForReading(Path file, int minimumVersion) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException("no database at " + file.toAbsolutePath(), null);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw new StorageException("cannot open database " + file, e);
        }
        KioskDatabase database = new KioskDatabase(file, connection, null);
        int version;
        try {
            version = database.read(Schema::version);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        if (version < minimumVersion) {
            database.close();
            throw new StorageException("database " + file + " has schema version " + version + ", older than "
                    + minimumVersion + ": start the kiosk once with this version of Tiếp Đón to upgrade it", null);
        }
        return database;
    }

    private static SQLiteConfig settings() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
        config.enforceForeignKeys(true);
        // Purged hand-off rows are overwritten with zeros, not left readable in free space until reused.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        return config;
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction: all of it is committed or none.
     * Safe to call from several threads and several processes at once.
     */
    public <T> T write(SqlWork<T> work) {
        try {
            return attempt(work);
        } catch (StorageException e) {
            if (diskFull(e) && reserve != null && releaseReserve()) {
                // The work's transaction was rolled back: running it again in the freed space is safe.
                return attempt(work);
            }
            throw e;
        }
    }

    /**
     * Like {@link #write}, for what can wait (counted events): never uses the space held back for ticket numbers,
     * and is refused at once while the disk is full.
     */
    public <T> T writeIfRoom(SqlWork<T> work) {
        if (lowOnSpace) {
            throw new StorageException("the disk holding " + file + " is full; waiting for space", null);
        }
        try {
            return attempt(work);
        } catch (StorageException e) {
            if (diskFull(e)) {
                lowOnSpace = true;
            }
            throw e;
        }
    }

    /** True from the first "disk full" until {@link #keepReserve} finds room again. */
    public boolean lowOnSpace() {
        return lowOnSpace;
    }

    /**
     * Holds space back for ticket numbers (see {@link SpaceReserve}), if not held already. Called when the kiosk
     * opens its database, and then now and again while the disk is full: succeeding means the disk has room again.
     *
     * @return true when the reserve is in place
     */
    public boolean keepReserve() {
        boolean held = reserve != null && reserve.hold();
        lowOnSpace = !held;
        return held;
    }

    /** @return true when a reserve was there and is now free space */
    private boolean releaseReserve() {
        lowOnSpace = true;
        return reserve.release();
    }

    /**
     * Keeps a number given in the marks outside the file; called inside the issuing transaction, so no other
     * process writes the marks meanwhile. A failure is logged, never the patient's problem: the number itself is
     * safe in the database.
     */
    void markIssued(java.time.LocalDate queueDay, String series, int number, long eventSeq) {
        if (marks == null) {
            return;
        }
        try {
            marks.write(marks.read().withNumber(queueDay, series, number, eventSeq));
            if (marksFailing) {
                LOG.info("The number marks {} are written again", marks.file());
                marksFailing = false;
            }
        } catch (StorageException e) {
            if (!marksFailing) {
                LOG.warn("The number marks cannot be kept ({}); numbers are still kept in the database",
                        e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                marksFailing = true;
            }
        }
    }

    /**
     * Brings the marks' event sequence up to date and keeps a copy of the marks in {@code copyDir} (the backup
     * folder, on another disk where IT followed the README), so a data disk that fails to mount does not take the
     * knowledge of the last numbers with it. Run every minute.
     */
    public void keepMarks(Path copyDir) {
        if (marks == null) {
            return;
        }
        write(c -> {
            long seq;
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'events'")) {
                seq = rows.next() ? rows.getLong(1) : 0;
            }
            NumberMarks.Marks now = marks.read();
            if (seq > now.events()) {
                now = now.withEvents(seq);
                marks.write(now);
            }
            if (!now.isNone() && !copyDir.toAbsolutePath().normalize().equals(file.getParent().toAbsolutePath().normalize())) {
                try {
                    Files.createDirectories(copyDir);
                } catch (IOException e) {
                    throw new StorageException("cannot create " + copyDir, e);
                }
                new NumberMarks(copyDir).write(now);
            }
            return null;
        });
    }

    /**
     * Copies the WAL into the file and truncates it, so old frames (a purged hand-off row) leave the disk. The WAL
     * then grows again from nothing; on a full disk, that is what the space reserve is for.
     */
    public void checkpointAndEmptyWal() {
        read(c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    /** Copies what the WAL holds into the database file, without waiting for readers. */
    public void checkpoint() {
        read(c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
            return null;
        });
    }

    private static boolean diskFull(StorageException e) {
        return e.getCause() instanceof SQLiteException sqlite
                && (sqlite.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_FULL.code;
    }

    private <T> T attempt(SqlWork<T> work) {
        lock.lock();
        try {
            return inTransaction(connection, "BEGIN IMMEDIATE", work);
        } catch (SQLException e) {
            throw new StorageException("database write failed in " + file, e);
        } finally {
            lock.unlock();
        }
    }

    /** {@code begin}, the work, and COMMIT; or ROLLBACK and the work's failure. */
    private static <T> T inTransaction(Connection connection, String begin, SqlWork<T> work) throws SQLException {
        try (Statement control = connection.createStatement()) {
            control.execute(begin);
            try {
                T result = work.run(connection);
                control.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(control, e);
                throw e;
            }
        }
    }

    /** Runs {@code work} without a transaction: for queries, each of which sees a consistent snapshot. */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException("database read failed in " + file, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work}'s queries in one read transaction ({@code BEGIN DEFERRED}): all of them see the same
     * snapshot of the file, and no write lock is taken, so in WAL mode the kiosk goes on issuing meanwhile (on a
     * connection of its own: see {@link #openForReading}).
     */
    public <T> T readSnapshot(SqlWork<T> work) {
        return read(c -> inTransaction(c, "BEGIN DEFERRED", work));
    }

    private static void rollbackQuietly(Statement control, Exception cause) {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("cannot close database " + file, e);
        } finally {
            lock.unlock();
        }
    }
}
