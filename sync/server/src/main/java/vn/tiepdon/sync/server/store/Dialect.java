package vn.tiepdon.sync.server.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What differs between the two databases the server runs on. The SQL itself does not: the schema and every
 * statement (upserts with {@code ON CONFLICT … DO UPDATE … WHERE} included) run unchanged on both.
 */
public enum Dialect {

    /** One file, the embedded default: one writer at a time, many readers beside it (WAL). */
    SQLITE {
        @Override
        void configure(HikariConfig pool) {
            pool.setMaximumPoolSize(4);
            // Applied by the driver to every connection it opens. NORMAL in WAL: a power cut may lose the last
            // batches, never corrupt the file, and the kiosks resend what was not acknowledged.
            pool.addDataSourceProperty("journal_mode", "WAL");
            pool.addDataSourceProperty("synchronous", "NORMAL");
            pool.addDataSourceProperty("busy_timeout", "10000");
            pool.addDataSourceProperty("foreign_keys", "true");
        }

        @Override
        Lock newWriteLock() {
            // SQLite lets one transaction write; others wait in its busy handler, which sleeps in steps of
            // milliseconds. Taking turns here instead hands the file over at once (bench: several times the
            // batches per second under concurrent kiosks).
            return new ReentrantLock();
        }
    },

    /** A shared server: several instances of this server may write at once; row locks keep it exact. */
    POSTGRESQL {
        @Override
        void configure(HikariConfig pool) {
            pool.setMaximumPoolSize(10);
            // One round trip for a day's rows instead of one per row.
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }

        @Override
        Lock newWriteLock() {
            return NO_LOCK;
        }

        /**
         * In SQL, for this transaction only, so nothing outlives it. Setting the connection's isolation through JDBC
         * instead (the pool resetting it on return) made a later token look-up on a pooled connection miss a kiosk
         * enrolled well before, in about one run of RefusalsTest in five.
         */
        @Override
        void beginSnapshot(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
        }
    };

    private static final Lock NO_LOCK = new NoLock();

    abstract void configure(HikariConfig pool);

    abstract Lock newWriteLock();

    /** Makes the transaction just begun read one snapshot throughout (SQLite's WAL already does). */
    void beginSnapshot(Connection connection) throws SQLException {
    }

    /** For databases that keep writers apart themselves. */
    private static final class NoLock extends ReentrantLock {
        @Override
        public void lock() {
        }

        @Override
        public void unlock() {
        }
    }
}
