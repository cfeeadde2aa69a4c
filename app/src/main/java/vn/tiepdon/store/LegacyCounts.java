package vn.tiepdon.store;

import java.util.List;

/**
 * Schema version 10's step: the counting tables of earlier versions become events.
 *
 * <p>Before version 6 the kiosk counted scans per day in {@code scan_counts} and payment outcomes in
 * {@code payment_outcomes}; from version 6 it also wrote events for the same happenings. For each day and outcome,
 * the events are topped up to what the old table held (never added twice: a day counted both ways already agrees),
 * then the old tables go. A migrated event stands at the start of its day, hour 0: the old tables knew no time.
 * Accepted scans of the old table did not say which document was read: their subject is {@code UNKNOWN}.
 */
final class LegacyCounts {

    /** The kiosk named on migrated events: the one the file's own events name, else {@code unknown}. */
    private static final String KIOSK = "COALESCE((SELECT kiosk FROM events ORDER BY id DESC LIMIT 1), 'unknown')";

    static final List<String> FOLD_INTO_EVENTS = List.of(
            "ALTER TABLE tickets ADD COLUMN started_at TEXT",
            // What is missing is worked out in full before the first event is added: adding events changes the
            // totals the shortfall is measured against.
            // One row per missing scan: the recursion repeats each (day, kind, subject) as often as it is short.
            """
            CREATE TEMP TABLE legacy_events AS
            WITH RECURSIVE legacy (day, kind, subject, missing) AS (
                SELECT s.day,
                       CASE s.outcome WHEN 'ACCEPTED' THEN 'SCAN_ACCEPTED' ELSE 'SCAN_REJECTED' END,
                       CASE s.outcome WHEN 'ACCEPTED' THEN 'UNKNOWN' ELSE s.outcome END,
                       s.count - COALESCE((SELECT SUM(t.count) FROM event_day_totals t
                                           WHERE t.day = s.day
                                             AND t.kind = CASE s.outcome WHEN 'ACCEPTED' THEN 'SCAN_ACCEPTED'
                                                                         ELSE 'SCAN_REJECTED' END
                                             AND (s.outcome = 'ACCEPTED' OR t.subject = s.outcome)), 0)
                FROM scan_counts s),
            copies (day, kind, subject, left) AS (
                SELECT day, kind, subject, missing FROM legacy WHERE missing > 0
                UNION ALL
                SELECT day, kind, subject, left - 1 FROM copies WHERE left > 1)
            SELECT day, kind, subject, 0 AS amount_dong, NULL AS millis, 0 AS source_order FROM copies""",
            // Payment outcomes are single rows. The events (since version 6) stand for the newest outcomes of each
            // (day, result, method); the older ones beyond them are copied.
            """
            INSERT INTO legacy_events (day, kind, subject, amount_dong, millis, source_order)
            SELECT day, kind, subject, amount_dong, millis, id FROM (
                SELECT p.id, p.day, p.amount_dong,
                       'PAYMENT_' || p.result AS kind,
                       CASE p.result WHEN 'PAID' THEN p.method ELSE 'QR' END AS subject,
                       CASE WHEN p.result = 'PAID' AND p.method = 'QR' AND p.seconds_to_pay IS NOT NULL
                            THEN p.seconds_to_pay * 1000 END AS millis,
                       ROW_NUMBER() OVER (PARTITION BY p.day, p.result,
                                          CASE p.result WHEN 'PAID' THEN p.method ELSE 'QR' END
                                          ORDER BY p.id DESC) AS newest
                FROM payment_outcomes p) o
            WHERE o.newest > COALESCE((SELECT SUM(t.count) FROM event_day_totals t
                                       WHERE t.day = o.day AND t.kind = o.kind AND t.subject = o.subject), 0)""",
            """
            INSERT INTO events (kiosk, at, day, hour, kind, subject, flag, amount_dong, millis)
            SELECT %s, day || 'T00:00:00.000', day, 0, kind, subject, 0, amount_dong, millis FROM legacy_events
            ORDER BY day, source_order, kind, subject""".formatted(KIOSK),
            "DROP TABLE legacy_events",
            "DROP TABLE scan_counts",
            "DROP TABLE payment_outcomes",
            "DROP TABLE space_reserve");

    private LegacyCounts() {
    }
}
