package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Every schema version, in order, in one place. The database's {@code PRAGMA user_version}
 * says how many steps it has had; opening applies the missing ones. Steps are only ever
 * appended: an installed kiosk may be several versions behind.
 *
 * <p>No table holds personal data (no ID number, no name): tickets and counts only.
 */
final class Schema {

    private static final List<List<String>> STEPS = List.of(
            // Version 1: issued numbers and daily scan counts.
            List.of("""
                    CREATE TABLE tickets (
                        id            INTEGER PRIMARY KEY AUTOINCREMENT,
                        service_code  TEXT    NOT NULL,
                        service_day   TEXT    NOT NULL,
                        number        INTEGER NOT NULL CHECK (number > 0),
                        display       TEXT    NOT NULL,
                        issued_at     TEXT    NOT NULL,
                        print_state   TEXT    NOT NULL CHECK (print_state IN ('ISSUED', 'PRINTED', 'NOT_PRINTED')),
                        print_note    TEXT,
                        printed_at    TEXT,
                        served_at     TEXT,
                        UNIQUE (service_code, service_day, number)
                    )""",
                    "CREATE INDEX tickets_by_day ON tickets (service_day)",
                    "CREATE INDEX tickets_by_print_state ON tickets (print_state)",
                    """
                    CREATE TABLE scan_counts (
                        day      TEXT    NOT NULL,
                        outcome  TEXT    NOT NULL,
                        count    INTEGER NOT NULL CHECK (count >= 0),
                        PRIMARY KEY (day, outcome)
                    )"""));

    private Schema() {
    }

    static int latestVersion() {
        return STEPS.size();
    }

    /** Runs inside the caller's write transaction, so two processes opening at once cannot both migrate. */
    static void migrate(Connection connection) throws SQLException {
        int current = version(connection);
        if (current > latestVersion()) {
            throw new SQLException("database schema version " + current
                    + " is newer than this program knows (" + latestVersion() + "): install the newer version");
        }
        try (Statement statement = connection.createStatement()) {
            for (int version = current + 1; version <= latestVersion(); version++) {
                for (String sql : STEPS.get(version - 1)) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + version);
            }
        }
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
