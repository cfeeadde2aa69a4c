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
 * <p>Only {@code handoff} holds personal data (what the hospital information system needs to register
 * the patient), and it is purged after a configured number of days; every other table holds
 * tickets and counts, and at most the masked form of a document number or of a sender's account.
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
                    )"""),
            // Version 2: registrations (statistics, no personal data) and the hand-off to the HIS (purged).
            List.of("""
                    CREATE TABLE registrations (
                        ticket_id        INTEGER PRIMARY KEY REFERENCES tickets (id),
                        registered_at    TEXT    NOT NULL,
                        service_code     TEXT    NOT NULL,
                        document_kind    TEXT,
                        masked_number    TEXT    NOT NULL,
                        age_years        INTEGER,
                        sex              TEXT,
                        priority         INTEGER NOT NULL CHECK (priority IN (0, 1)),
                        name_unverified  INTEGER NOT NULL CHECK (name_unverified IN (0, 1))
                    )""",
                    """
                    CREATE TABLE handoff (
                        ticket_id        INTEGER PRIMARY KEY REFERENCES tickets (id),
                        created_at       TEXT    NOT NULL,
                        document_kind    TEXT    NOT NULL,
                        document_number  TEXT    NOT NULL,
                        full_name        TEXT    NOT NULL,
                        date_of_birth    TEXT    NOT NULL,
                        sex              TEXT    NOT NULL,
                        name_unverified  INTEGER NOT NULL CHECK (name_unverified IN (0, 1))
                    )""",
                    "CREATE INDEX handoff_by_age ON handoff (created_at)"),
            // Version 3: how each payment request ended, for the cashless indicators (no bill content, no payer).
            List.of("""
                    CREATE TABLE payment_outcomes (
                        id                INTEGER PRIMARY KEY AUTOINCREMENT,
                        day               TEXT    NOT NULL,
                        method            TEXT    NOT NULL CHECK (method IN ('QR', 'CASH', 'MANUAL')),
                        amount_dong       INTEGER NOT NULL CHECK (amount_dong >= 0),
                        result            TEXT    NOT NULL CHECK (result IN ('PAID', 'EXPIRED', 'CANCELLED')),
                        seconds_to_pay    INTEGER
                    )""",
                    "CREATE INDEX payment_outcomes_by_day ON payment_outcomes (day)"),
            // Version 4: payment orders waiting for a bank transfer, and the bank references already handled
            // (a notification service retries, so the same transfer may be reported twice).
            List.of("""
                    CREATE TABLE payment_orders (
                        id                INTEGER PRIMARY KEY AUTOINCREMENT,
                        bill_number       TEXT    NOT NULL,
                        amount_dong       INTEGER NOT NULL CHECK (amount_dong > 0),
                        created_at        TEXT    NOT NULL,
                        expires_at        TEXT    NOT NULL,
                        status            TEXT    NOT NULL
                                          CHECK (status IN ('OPEN', 'PAID', 'SHORT_PAID', 'EXPIRED', 'CANCELLED')),
                        payload           TEXT    NOT NULL,
                        received_dong     INTEGER,
                        closed_at         TEXT
                    )""",
                    // One open order per bill: a second request for the same bill while the first waits is refused.
                    "CREATE UNIQUE INDEX payment_orders_open_bill ON payment_orders (bill_number) WHERE status = 'OPEN'",
                    "CREATE INDEX payment_orders_by_bill ON payment_orders (bill_number)",
                    """
                    CREATE TABLE seen_transfers (
                        reference         TEXT    PRIMARY KEY,
                        received_at       TEXT    NOT NULL
                    )"""),
            // Version 5: what the cashier did by hand (paid in cash, transfer confirmed by hand, cancelled) and why.
            List.of("ALTER TABLE payment_orders ADD COLUMN paid_method TEXT"
                            + " CHECK (paid_method IS NULL OR paid_method IN ('QR', 'CASH', 'MANUAL'))",
                    "ALTER TABLE payment_orders ADD COLUMN close_reason TEXT"),
            // Version 6: the kiosk's counted events (no personal data: codes from short lists, amounts, durations),
            // append-only, and the aggregates every indicator is computed from, kept by triggers in the same
            // transaction as the event, so they can never disagree and outlive the events' retention.
            List.of("""
                    CREATE TABLE events (
                        id           INTEGER PRIMARY KEY AUTOINCREMENT,
                        kiosk        TEXT    NOT NULL,
                        at           TEXT    NOT NULL,
                        day          TEXT    NOT NULL,
                        hour         INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
                        kind         TEXT    NOT NULL,
                        subject      TEXT    NOT NULL,
                        flag         INTEGER NOT NULL CHECK (flag IN (0, 1)),
                        amount_dong  INTEGER NOT NULL CHECK (amount_dong >= 0),
                        millis       INTEGER CHECK (millis IS NULL OR millis >= 0)
                    )""",
                    "CREATE INDEX events_by_day ON events (day)",
                    """
                    CREATE TRIGGER events_are_append_only BEFORE UPDATE ON events
                    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END""",
                    """
                    CREATE TABLE event_totals (
                        day          TEXT    NOT NULL,
                        hour         INTEGER NOT NULL,
                        kind         TEXT    NOT NULL,
                        subject      TEXT    NOT NULL,
                        flag         INTEGER NOT NULL,
                        count        INTEGER NOT NULL,
                        amount_dong  INTEGER NOT NULL,
                        millis_sum   INTEGER NOT NULL,
                        PRIMARY KEY (day, hour, kind, subject, flag)
                    ) WITHOUT ROWID""",
                    // The same without the hour: a report by day over a year reads a tenth of the rows.
                    """
                    CREATE TABLE event_day_totals (
                        day          TEXT    NOT NULL,
                        kind         TEXT    NOT NULL,
                        subject      TEXT    NOT NULL,
                        flag         INTEGER NOT NULL,
                        count        INTEGER NOT NULL,
                        amount_dong  INTEGER NOT NULL,
                        millis_sum   INTEGER NOT NULL,
                        PRIMARY KEY (day, kind, subject, flag)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE event_seconds (
                        day          TEXT    NOT NULL,
                        kind         TEXT    NOT NULL,
                        seconds      INTEGER NOT NULL,
                        count        INTEGER NOT NULL,
                        PRIMARY KEY (day, kind, seconds)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TRIGGER events_are_totalled AFTER INSERT ON events
                    BEGIN
                        INSERT INTO event_totals (day, hour, kind, subject, flag, count, amount_dong, millis_sum)
                        VALUES (NEW.day, NEW.hour, NEW.kind, NEW.subject, NEW.flag, 1, NEW.amount_dong,
                                COALESCE(NEW.millis, 0))
                        ON CONFLICT (day, hour, kind, subject, flag) DO UPDATE SET
                            count = count + 1,
                            amount_dong = amount_dong + excluded.amount_dong,
                            millis_sum = millis_sum + excluded.millis_sum;
                        INSERT INTO event_day_totals (day, kind, subject, flag, count, amount_dong, millis_sum)
                        VALUES (NEW.day, NEW.kind, NEW.subject, NEW.flag, 1, NEW.amount_dong, COALESCE(NEW.millis, 0))
                        ON CONFLICT (day, kind, subject, flag) DO UPDATE SET
                            count = count + 1,
                            amount_dong = amount_dong + excluded.amount_dong,
                            millis_sum = millis_sum + excluded.millis_sum;
                        INSERT INTO event_seconds (day, kind, seconds, count)
                        SELECT NEW.day, NEW.kind, NEW.millis / 1000, 1 WHERE NEW.millis IS NOT NULL
                        ON CONFLICT (day, kind, seconds) DO UPDATE SET count = count + 1;
                    END"""),
            // Version 7: numbers a restored database must not give again. After a damaged file is replaced by a
            // backup, numbers issued since that backup are unknown; numbering of the day resumes above the floor.
            List.of("""
                    CREATE TABLE ticket_number_floors (
                        service_code  TEXT    NOT NULL,
                        service_day   TEXT    NOT NULL,
                        floor         INTEGER NOT NULL CHECK (floor >= 0),
                        reason        TEXT    NOT NULL,
                        PRIMARY KEY (service_code, service_day)
                    )""",
                    // Space held back for ticket numbers: deleted when the disk fills, so numbering goes on in
                    // the freed pages while what can wait (counted events) waits in memory.
                    """
                    CREATE TABLE space_reserve (
                        id            INTEGER PRIMARY KEY,
                        filler        BLOB    NOT NULL
                    )"""),
            // Version 8: money that arrived for a bill no longer waiting for it (cancelled, expired, already paid),
            // kept until the cashier records it as the payment or marks it for refund. One row per bank reference
            // (a retry is the same transfer). No transfer content and no payer: the content can hold a name.
            List.of("""
                    CREATE TABLE late_transfers (
                        id            INTEGER PRIMARY KEY AUTOINCREMENT,
                        reference     TEXT    NOT NULL UNIQUE,
                        bill_number   TEXT    NOT NULL,
                        amount_dong   INTEGER NOT NULL CHECK (amount_dong > 0),
                        received_at   TEXT    NOT NULL,
                        why           TEXT    NOT NULL CHECK (why IN ('AFTER_CANCEL', 'AFTER_EXPIRY', 'ALREADY_PAID')),
                        handling      TEXT    CHECK (handling IS NULL OR handling IN ('RECORDED', 'REFUND')),
                        handled_at    TEXT,
                        note          TEXT
                    )""",
                    "CREATE INDEX late_transfers_unhandled ON late_transfers (handling)"),
            // Version 9: what a ticket said about paying (its staff line, e.g. "PAID 150000 K01261125T093012"), so a
            // reprint after a restart still says "Đã thanh toán" and the patient is not asked to pay twice.
            List.of("ALTER TABLE tickets ADD COLUMN payment_note TEXT"),
            // Version 10: one event stream is the truth for every count. The old per-day scan counts and payment
            // outcomes are folded into events (topped up where the events, counted since version 6, hold fewer), so
            // no figure changes; a ticket keeps when its patient began, so the event written when it prints carries
            // the scan-to-ticket time; the space reserve moves out of the file (freeing it must need no new space).
            LegacyCounts.FOLD_INTO_EVENTS,
            // Version 11: what the central indicator server holds (sync/PROTOCOL.md). Per day, the event sequence at
            // which the server last acknowledged the day's totals: a day is sent again once it has a newer event, and
            // a day without a row (all of them, the first time) is sent from its aggregates, also when its events
            // are past retention. One row says how the last attempt went, for the admin screen.
            List.of("""
                    CREATE TABLE sync_days (
                        day           TEXT    PRIMARY KEY,
                        acked_cursor  INTEGER NOT NULL CHECK (acked_cursor >= 0)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE sync_state (
                        id               INTEGER PRIMARY KEY CHECK (id = 1),
                        last_attempt_at  TEXT    NOT NULL,
                        last_status      TEXT    NOT NULL,
                        last_http_status INTEGER NOT NULL,
                        last_detail      TEXT    NOT NULL,
                        last_success_at  TEXT
                    )"""),
            // Version 12: why a ticket is a priority one ("ELDER 75", "DECLARED"), printed on it, so a reprint says
            // it again; no date of birth is kept, only the rule's reason.
            List.of("ALTER TABLE tickets ADD COLUMN priority_note TEXT"),
            // Version 13: what a refund of late money needs, and whether it was made. The bank's transaction reference
            // (the cashier quotes it to the bank; a notification service's own id is the key, not this) and the
            // sender's account masked as banks show it: the full number is never stored, and the check below refuses
            // it. Money marked to refund stays listed for the cashier until it is marked refunded.
            List.of("ALTER TABLE late_transfers ADD COLUMN bank_reference TEXT",
                    "ALTER TABLE late_transfers ADD COLUMN sender_masked TEXT CHECK (sender_masked IS NULL OR"
                            + " (length(sender_masked) = 10 AND sender_masked GLOB '[*][*][*][*][*][*]*'))",
                    "ALTER TABLE late_transfers ADD COLUMN refunded_at TEXT",
                    "ALTER TABLE late_transfers ADD COLUMN refund_note TEXT"));

    private Schema() {
    }

    static int latestVersion() {
        return STEPS.size();
    }

    /** Runs inside the caller's write transaction, so two processes opening at once cannot both migrate. */
    static void migrate(Connection connection) throws SQLException {
        migrate(connection, latestVersion());
    }

    /** Up to {@code target} only: the migration tests build a database of each earlier version this way. */
    static void migrate(Connection connection, int target) throws SQLException {
        int current = version(connection);
        if (current > latestVersion()) {
            throw new SQLException("database schema version " + current
                    + " is newer than this program knows (" + latestVersion() + "): install the newer version");
        }
        try (Statement statement = connection.createStatement()) {
            for (int version = current + 1; version <= target; version++) {
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
