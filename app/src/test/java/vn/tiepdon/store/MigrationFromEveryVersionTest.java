package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.Indicators;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.queue.Service;
import vn.tiepdon.testing.MovableClock;

/**
 * A kiosk of every earlier schema version, holding what that version could hold (tickets, scan counts,
 * registrations, payment outcomes and orders, counted events, number floors, late transfers, payment lines), is
 * upgraded in place: numbering goes on, nothing is lost, and every figure reads as the old tables said. The
 * database of version N is made by the schema's own first N steps (they are append-only), then filled here by hand.
 */
class MigrationFromEveryVersionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final Service CONSULT = new Service("KBHYT", "A", "Khám BHYT", "Consultation");

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "from schema version {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void aDatabaseOfAnEarlierVersionUpgradesWithItsNumbersAndFiguresUnchanged(int version) throws Exception {
        Path file = dataDir.resolve(KioskDatabase.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            Schema.migrate(c, version);
            fill(s, version);
        }

        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            assertThat(database.read(Schema::version)).isEqualTo(Schema.latestVersion());
            assertThat(query(database, "SELECT display, print_state FROM tickets ORDER BY id")).containsExactly(
                    List.of("A001", "PRINTED"), List.of("A002", "PRINTED"), List.of("A003", "NOT_PRINTED"));
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0,
                    new MovableClock(DAY.atTime(9, 0).toInstant(ZoneOffset.UTC)), "K01");
            assertThat(ledger.issue(CONSULT, LocalDateTime.of(DAY, java.time.LocalTime.of(9, 0))).number())
                    .as("numbering goes on above the old numbers and floors").isEqualTo(version >= 7 ? 11 : 4);

            Indicators figures = new SqliteEventTotals(database).indicators(DAY, DAY);
            // The scan counts of the old table, whether or not events counted them too (from version 6).
            assertThat(figures.count(EventKind.SCAN_ACCEPTED)).isEqualTo(5);
            assertThat(figures.count(EventKind.SCAN_REJECTED, "GARBLED")).isEqualTo(2);
            assertThat(figures.count(EventKind.SCAN_ACCEPTED, version >= 6 ? "CCCD_VNEID" : "UNKNOWN")).isEqualTo(5);
            if (version >= 3) {
                // Two bills paid (150.000 đ by QR, 90.000 đ in cash), one code expired.
                assertThat(figures.cashless().paidCount()).isEqualTo(2);
                assertThat(figures.cashless().paidDong()).isEqualTo(240_000);
                assertThat(figures.count(EventKind.PAYMENT_PAID, "QR")).isEqualTo(1);
                assertThat(figures.count(EventKind.PAYMENT_EXPIRED)).isEqualTo(1);
            }
            if (version >= 4) {
                assertThat(query(database, "SELECT bill_number, status FROM payment_orders ORDER BY id"))
                        .containsExactly(List.of("K01-1", "PAID"), List.of("K01-2", "OPEN"));
            }
            if (version >= 6) {
                assertThat(figures.count(EventKind.TICKET_ISSUED, "KBHYT")).as("the old events, and the new ticket")
                        .isEqualTo(4);
            }
            if (version >= 8) {
                assertThat(query(database, "SELECT reference, why FROM late_transfers"))
                        .containsExactly(List.of("FT-LATE-1", "AFTER_EXPIRY"));
                // Kept before its bank reference and sender were: its reference is shown, the sender is not known.
                assertThat(new SqlitePaymentOrders(database, ZoneOffset.UTC, "K01").lateTransfers())
                        .extracting(LateTransfer::bankReference, LateTransfer::sender, LateTransfer::toRefund)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("FT-LATE-1", Optional.empty(), false));
            }
            if (version >= 9) {
                assertThat(ledger.ticketNotes(1).payment()).hasValue("PAID 150000 K01-1");
            }
            assertThat(new SqliteSyncLedger(database).acknowledgedDays()).as("nothing acknowledged yet").isEmpty();
            assertThat(new SqliteSyncSnapshots(database).read().days()).as("the old counts go to the server too")
                    .extracting(vn.tiepdon.sync.protocol.DayTotals::day).containsExactly(DAY.toString());
            assertThat(query(database, "SELECT name FROM sqlite_master WHERE name IN ('scan_counts', 'space_reserve')"))
                    .as("folded into events, moved out of the file").isEmpty();
        }
    }

    /** What a kiosk of {@code version} held, written by hand: three tickets of one morning and their counts. */
    private static void fill(Statement s, int version) throws SQLException {
        String paymentNote = version >= 9 ? ", payment_note" : "";
        String paid = version >= 9 ? ", 'PAID 150000 K01-1'" : "";
        s.execute("INSERT INTO tickets (service_code, service_day, number, display, issued_at, print_state"
                + paymentNote + ") VALUES ('KBHYT', '2026-11-02', 1, 'A001', '2026-11-02T07:00:00.000', 'PRINTED'"
                + paid + ")");
        s.execute("INSERT INTO tickets (service_code, service_day, number, display, issued_at, print_state) VALUES "
                + "('KBHYT', '2026-11-02', 2, 'A002', '2026-11-02T07:05:00.000', 'PRINTED'), "
                + "('KBHYT', '2026-11-02', 3, 'A003', '2026-11-02T07:10:00.000', 'NOT_PRINTED')");
        s.execute("INSERT INTO scan_counts VALUES ('2026-11-02', 'ACCEPTED', 5), ('2026-11-02', 'GARBLED', 2)");
        if (version >= 2) {
            s.execute("INSERT INTO registrations VALUES (1, '2026-11-02T07:00:00.000', 'KBHYT', 'CITIZEN_ID', "
                    + "'0010******56', 40, 'FEMALE', 0, 0)");
        }
        if (version >= 3) {
            s.execute("INSERT INTO payment_outcomes (day, method, amount_dong, result, seconds_to_pay) VALUES "
                    + "('2026-11-02', 'QR', 150000, 'PAID', 40), ('2026-11-02', 'CASH', 90000, 'PAID', NULL), "
                    + "('2026-11-02', 'QR', 50000, 'EXPIRED', NULL)");
        }
        if (version >= 4) {
            s.execute("INSERT INTO payment_orders (bill_number, amount_dong, created_at, expires_at, status, payload) "
                    + "VALUES ('K01-1', 150000, '2026-11-02T07:00:00.000', '2026-11-02T07:15:00.000', 'PAID', 'x'), "
                    + "('K01-2', 60000, '2026-11-02T08:00:00.000', '2099-01-01T00:00:00.000', 'OPEN', 'y')");
            s.execute("INSERT INTO seen_transfers VALUES ('FT-1', '2026-11-02T07:00:40.000')");
        }
        if (version >= 6) {
            // Events counted the scans too (all five accepted, one of the two garbled) and one of the payments.
            for (int i = 0; i < 5; i++) {
                event(s, "SCAN_ACCEPTED", "CCCD_VNEID", 0);
            }
            event(s, "SCAN_REJECTED", "GARBLED", 0);
            event(s, "PAYMENT_PAID", "QR", 150_000);
            for (int i = 0; i < 3; i++) {
                event(s, "TICKET_ISSUED", "KBHYT", 0);
            }
        }
        if (version >= 7) {
            s.execute("INSERT INTO ticket_number_floors VALUES ('KBHYT', '2026-11-02', 10, 'restored')");
            s.execute("INSERT INTO space_reserve (filler) VALUES (zeroblob(1024))");
        }
        if (version >= 8) {
            s.execute("INSERT INTO late_transfers (reference, bill_number, amount_dong, received_at, why) VALUES "
                    + "('FT-LATE-1', 'K01-0', 20000, '2026-11-02T08:30:00.000', 'AFTER_EXPIRY')");
        }
    }

    private static void event(Statement s, String kind, String subject, long amount) throws SQLException {
        s.execute("INSERT INTO events (kiosk, at, day, hour, kind, subject, flag, amount_dong) VALUES ('K01', "
                + "'2026-11-02T00:30:00.000', '2026-11-02', 7, '" + kind + "', '" + subject + "', 0, " + amount + ")");
    }

    private static List<List<String>> query(KioskDatabase database, String sql) {
        return database.read(c -> {
            List<List<String>> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
