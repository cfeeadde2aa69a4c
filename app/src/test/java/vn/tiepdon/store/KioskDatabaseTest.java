package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void createsTheFileWithDurableSettings() {
        try (KioskDatabase database = KioskDatabase.open(dataDir.resolve("nested"))) {
            assertThat(database.file()).isEqualTo(dataDir.resolve("nested").resolve("tiepdon.db"));
            assertThat(database.file()).exists();
            assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(database, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(database, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(database, "busy_timeout"))).isPositive();
            assertThat(pragma(database, "user_version")).isEqualTo(String.valueOf(Schema.latestVersion()));
        }
    }

    @Test
    void onlyTheHandOffTableHoldsPersonalData() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            List<String> columns = database.read(c -> {
                List<String> names = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rows = s.executeQuery("""
                             SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p
                             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1""")) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                return names;
            });
            assertThat(columns).containsExactlyInAnyOrder(
                    "tickets.display", "tickets.id", "tickets.issued_at", "tickets.number", "tickets.print_note",
                    "tickets.print_state", "tickets.printed_at", "tickets.served_at", "tickets.service_code",
                    "tickets.service_day", "tickets.payment_note", "tickets.priority_note", "tickets.started_at",
                    "ticket_number_floors.service_code", "ticket_number_floors.service_day",
                    "ticket_number_floors.floor", "ticket_number_floors.reason",
                    "registrations.ticket_id", "registrations.registered_at", "registrations.service_code",
                    "registrations.document_kind", "registrations.masked_number", "registrations.age_years",
                    "registrations.sex", "registrations.priority", "registrations.name_unverified",
                    // The one table with personal data, purged after the retention period (SqliteRegistrationsTest).
                    "handoff.ticket_id", "handoff.created_at", "handoff.document_kind", "handoff.document_number",
                    "handoff.full_name", "handoff.date_of_birth", "handoff.sex", "handoff.name_unverified",
                    "payment_orders.id", "payment_orders.bill_number", "payment_orders.amount_dong",
                    "payment_orders.created_at", "payment_orders.expires_at", "payment_orders.status",
                    "payment_orders.payload", "payment_orders.received_dong", "payment_orders.closed_at",
                    // The cashier's reason for a manual action; the cashier screen asks for no names in it.
                    "payment_orders.paid_method", "payment_orders.close_reason",
                    // Counted events and their aggregates: codes, amounts and durations only (KioskEvent checks).
                    "events.id", "events.kiosk", "events.at", "events.day", "events.hour", "events.kind",
                    "events.subject", "events.flag", "events.amount_dong", "events.millis",
                    "event_totals.day", "event_totals.hour", "event_totals.kind", "event_totals.subject",
                    "event_totals.flag", "event_totals.count", "event_totals.amount_dong", "event_totals.millis_sum",
                    "event_day_totals.day", "event_day_totals.kind", "event_day_totals.subject",
                    "event_day_totals.flag", "event_day_totals.count", "event_day_totals.amount_dong",
                    "event_day_totals.millis_sum",
                    "event_seconds.day", "event_seconds.kind", "event_seconds.seconds", "event_seconds.count",
                    "seen_transfers.reference", "seen_transfers.received_at",
                    // Late money for the cashier: bill number and amount, never the transfer's content or payer.
                    "late_transfers.id", "late_transfers.reference", "late_transfers.bill_number",
                    "late_transfers.amount_dong", "late_transfers.received_at", "late_transfers.why",
                    "late_transfers.handling", "late_transfers.handled_at", "late_transfers.note",
                    // What a refund needs: the bank's reference, and the sender's account only masked (a CHECK
                    // refuses a full number: SqlitePaymentOrdersTest); when it was given back, and the cashier's note.
                    "late_transfers.bank_reference", "late_transfers.sender_masked", "late_transfers.refunded_at",
                    "late_transfers.refund_note",
                    // What the indicator server acknowledged, and how the last sync went: days, cursors, a status
                    // and the server's or the failure's English message (which names fields, never values).
                    "sync_days.day", "sync_days.acked_cursor", "sync_state.id", "sync_state.last_attempt_at",
                    "sync_state.last_status", "sync_state.last_http_status", "sync_state.last_detail", "sync_state.last_success_at");
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            database.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO ticket_number_floors VALUES ('KBHYT', '2026-01-15', 3, 'test')"));
        }
        try (KioskDatabase again = KioskDatabase.open(dataDir)) {
            assertThat(pragmaOrQuery(again, "SELECT floor FROM ticket_number_floors")).isEqualTo("3");
        }
    }

    @Test
    void rollsBackAllOfAFailedWrite() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            assertThatThrownBy(() -> database.write(c -> {
                c.createStatement().executeUpdate(
                        "INSERT INTO ticket_number_floors VALUES ('KBHYT', '2026-01-15', 1, 'test')");
                return c.createStatement().executeUpdate(
                        "INSERT INTO ticket_number_floors VALUES ('KBHYT', '2026-01-15', 2, 'test')");
            })).isInstanceOf(StorageException.class);
            assertThat(pragmaOrQuery(database, "SELECT COUNT(*) FROM ticket_number_floors")).isEqualTo("0");
        }
    }

    @Test
    void refusesADatabaseFromANewerVersion() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            database.write(c -> c.createStatement().executeUpdate("PRAGMA user_version = 999"));
        }
        assertThatThrownBy(() -> KioskDatabase.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasRootCauseMessage("database schema version 999 is newer than this program knows ("
                        + Schema.latestVersion() + "): install the newer version");
    }

    private static String pragma(KioskDatabase database, String name) {
        return pragmaOrQuery(database, "PRAGMA " + name);
    }

    /** The first column of the first row, as text. */
    private static String pragmaOrQuery(KioskDatabase database, String sql) {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
                rows.next();
                return rows.getString(1);
            }
        });
    }
}
