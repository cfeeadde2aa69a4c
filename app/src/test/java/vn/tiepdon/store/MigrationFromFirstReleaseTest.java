package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.Service;

/**
 * An installed kiosk may be several versions behind. {@code tiepdon-schema-v1.sql} is the database the first
 * version of the kiosk wrote (commit de20df6^, schema version 1: 40 tickets, some served, some not printed, and a
 * day's scan counts; made by the program next to it, {@code MakeSchemaV1Database.java.txt}), dumped as text so the
 * repository holds no binary file. The test builds the file from it; opening it with this version must upgrade it
 * in place and keep every row as it was.
 */
class MigrationFromFirstReleaseTest {

    @TempDir
    Path dataDir;

    @Test
    void aFirstReleaseDatabaseIsUpgradedInPlaceWithoutLosingARow() throws Exception {
        Path file = dataDir.resolve(KioskDatabase.FILE_NAME);
        writeFirstReleaseDatabase(file);
        List<List<Object>> ticketsBefore = rows(file, "SELECT * FROM tickets ORDER BY id");
        List<List<Object>> scansBefore = rows(file, "SELECT * FROM scan_counts ORDER BY day, outcome");
        assertThat(version(file)).isEqualTo(1);
        assertThat(ticketsBefore).hasSize(40);
        assertThat(scansBefore).hasSize(3);

        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            assertThat(database.read(Schema::version)).isEqualTo(Schema.latestVersion());
            // The upgraded kiosk goes on numbering where the old one stopped.
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0,
                    Clock.fixed(Instant.parse("2026-11-02T05:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")), "K01");
            IssuedTicket next = ledger.issue(new Service("KBHYT", "A", "Khám BHYT", "Health-insurance consultation"),
                    LocalDateTime.of(2026, 11, 2, 12, 0));
            assertThat(next.display()).isEqualTo("A027");
        }

        List<List<Object>> ticketsAfter = rows(file, "SELECT * FROM tickets ORDER BY id");
        int firstColumns = ticketsBefore.getFirst().size();
        // Later versions add columns at the end; the first release's columns keep every value.
        assertThat(ticketsAfter.subList(0, 40).stream().map(row -> row.subList(0, firstColumns)).toList())
                .isEqualTo(ticketsBefore);
        // The old scan counts are events now, each day's figure as it was (the first release counted no documents).
        List<List<Object>> scansAfter = rows(file, """
                SELECT day, CASE kind WHEN 'SCAN_ACCEPTED' THEN 'ACCEPTED' ELSE subject END, SUM(count)
                FROM event_day_totals WHERE kind IN ('SCAN_ACCEPTED', 'SCAN_REJECTED')
                GROUP BY 1, 2 ORDER BY 1, 2""");
        assertThat(scansAfter).isEqualTo(scansBefore);
        assertThat(rows(file, "SELECT COUNT(*) FROM events WHERE kind = 'SCAN_ACCEPTED' AND subject <> 'UNKNOWN'"))
                .containsExactly(List.of(0));
        assertThat(rows(file, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'scan_counts'"))
                .as("folded into events").containsExactly(List.of(0));
    }

    /** Runs the first release's dump, statement by statement, into a new file. */
    private void writeFirstReleaseDatabase(Path file) throws Exception {
        String dump;
        try (InputStream v1 = getClass().getResourceAsStream("tiepdon-schema-v1.sql")) {
            dump = new String(v1.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (String sql : dump.split(";\\s*\\n")) {
                String statement = sql.lines().filter(line -> !line.startsWith("--"))
                        .collect(java.util.stream.Collectors.joining("\n")).strip();
                if (!statement.isEmpty()) {
                    s.execute(statement);
                }
            }
        }
    }

    private static int version(Path file) throws SQLException {
        return (int) rows(file, "PRAGMA user_version").getFirst().getFirst();
    }

    private static List<List<Object>> rows(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<List<Object>> all = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(rows.getObject(i));
                }
                all.add(row);
            }
            return all;
        }
    }
}
