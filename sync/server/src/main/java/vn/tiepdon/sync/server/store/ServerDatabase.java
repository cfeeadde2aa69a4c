package vn.tiepdon.sync.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.Lock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The server's database: a pool of connections to SQLite or PostgreSQL, its schema brought up to date on opening.
 * Everything the server knows is in it, so several servers may share one PostgreSQL database.
 */
public final class ServerDatabase implements AutoCloseable {

    private final DatabaseLocation location;
    private final HikariDataSource pool;
    private final Lock writeLock;

    private ServerDatabase(DatabaseLocation location, HikariDataSource pool) {
        this.location = location;
        this.pool = pool;
        this.writeLock = location.dialect().newWriteLock();
    }

    /**
     * Connects and migrates the schema (Flyway: an older schema is upgraded, a current one left alone).
     *
     * @throws StorageUnavailable when the database cannot be reached, created or migrated
     */
    public static ServerDatabase open(DatabaseLocation location) {
        if (location.dialect() == Dialect.SQLITE) {
            createFolderOf(location.file());
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setPoolName("indicator-db");
        config.setConnectionTimeout(10_000);
        // Fail now, with the database's own reason, rather than at the first batch.
        config.setInitializationFailTimeout(1);
        location.dialect().configure(config);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageUnavailable("cannot open the database " + location + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:vn/tiepdon/sync/server/store/migration")
                    .load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StorageUnavailable("cannot prepare the database " + location + ": " + rootMessage(e), e);
        }
        return new ServerDatabase(location, pool);
    }

    private static void createFolderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new StorageUnavailable("cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    public DatabaseLocation location() {
        return location;
    }

    /** Work that writes, in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            return inTransaction(work);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Work that only reads, all of it from one snapshot: a report's totals and durations then come from the same
     * batches even while kiosks send new ones (SQLite's WAL gives this to every transaction; PostgreSQL needs
     * REPEATABLE READ, set for this transaction only).
     */
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work, true);
    }

    /** Work of one statement: a statement is its own snapshot, so none is set up (a kiosk's token, per batch). */
    public <T> T readOne(SqlWork<T> work) {
        return inTransaction(work, false);
    }

    private <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(work, false);
    }

    private <T> T inTransaction(SqlWork<T> work, boolean snapshot) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            if (snapshot) {
                location.dialect().beginSnapshot(connection);
            }
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageUnavailable("the database failed: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    @Override
    public void close() {
        pool.close();
    }
}
