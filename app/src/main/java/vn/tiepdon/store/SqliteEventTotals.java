package vn.tiepdon.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.DurationCount;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.EventTotal;
import vn.tiepdon.indicators.Indicators;
import vn.tiepdon.indicators.KioskTotals;
import vn.tiepdon.indicators.StatsTable;

/** Reads the aggregates of a period, from which {@link Indicators} computes every indicator. */
public final class SqliteEventTotals {

    /** The schema version that brought counted events; a reader needs a database at least this new. */
    public static final int SCHEMA_VERSION = 6;

    private final KioskDatabase database;

    public SqliteEventTotals(KioskDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Totals of the days from {@code from} to {@code to}, both included. */
    public List<EventTotal> totals(LocalDate from, LocalDate to) {
        return read("""
                SELECT day, hour, kind, subject, flag, count, amount_dong, millis_sum FROM event_totals
                WHERE day BETWEEN ? AND ? ORDER BY day, hour, kind, subject, flag""", from, to);
    }

    /** Day-level totals (hour {@link EventTotal#WHOLE_DAY}) of the days from {@code from} to {@code to}. */
    public List<EventTotal> dailyTotals(LocalDate from, LocalDate to) {
        return read("SELECT day, " + EventTotal.WHOLE_DAY + """
                , kind, subject, flag, count, amount_dong, millis_sum FROM event_day_totals
                WHERE day BETWEEN ? AND ? ORDER BY day, kind, subject, flag""", from, to);
    }

    private List<EventTotal> read(String sql, LocalDate from, LocalDate to) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                query.setString(1, StoredTimes.day(from));
                query.setString(2, StoredTimes.day(to));
                List<EventTotal> totals = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        EventKind kind = kind(rows.getString(3)).orElse(null);
                        if (kind != null) {
                            totals.add(new EventTotal(StoredTimes.day(rows.getString(1)), rows.getInt(2), kind,
                                    rows.getString(4), rows.getInt(5), rows.getLong(6), rows.getLong(7),
                                    rows.getLong(8)));
                        }
                    }
                }
                return totals;
            }
        });
    }

    /** The kiosks whose events of the period are still kept (the aggregates do not name kiosks: one file, one kiosk). */
    public List<String> kiosks(LocalDate from, LocalDate to) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT DISTINCT kiosk FROM events WHERE day BETWEEN ? AND ? ORDER BY kiosk")) {
                query.setString(1, StoredTimes.day(from));
                query.setString(2, StoredTimes.day(to));
                List<String> kiosks = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        kiosks.add(rows.getString(1));
                    }
                }
                return kiosks;
            }
        });
    }

    /** What {@code breakdown} needs: hourly totals only when it splits by hour. Not by kiosk or facility. */
    public StatsTable table(Breakdown breakdown, LocalDate from, LocalDate to) {
        List<EventTotal> rows = breakdown.needsHours() ? totals(from, to) : dailyTotals(from, to);
        return breakdown.table(rows, durations(from, to), from, to);
    }

    /**
     * Any breakdown, by kiosk and by facility too: this file is one kiosk's, so those are its row and the total,
     * the same rows the central server prints for the same kiosk.
     */
    public StatsTable table(Breakdown breakdown, LocalDate from, LocalDate to, String kiosk, String facility) {
        List<EventTotal> rows = breakdown.needsHours() ? totals(from, to) : dailyTotals(from, to);
        return breakdown.tableOf(List.of(new KioskTotals(kiosk, facility, rows, durations(from, to))), from, to);
    }

    /** Duration histograms an indicator uses ({@link Indicators#MEDIAN_KIND}) of the days from {@code from} to {@code to}, both included. */
    public List<DurationCount> durations(LocalDate from, LocalDate to) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT day, kind, seconds, count FROM event_seconds WHERE day BETWEEN ? AND ? AND kind = ?
                    ORDER BY day, kind, seconds""")) {
                query.setString(1, StoredTimes.day(from));
                query.setString(2, StoredTimes.day(to));
                query.setString(3, Indicators.MEDIAN_KIND.name());
                List<DurationCount> durations = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        EventKind kind = kind(rows.getString(2)).orElse(null);
                        if (kind != null) {
                            durations.add(new DurationCount(StoredTimes.day(rows.getString(1)), kind,
                                    rows.getLong(3), rows.getLong(4)));
                        }
                    }
                }
                return durations;
            }
        });
    }

    /** The indicators of one period. */
    public Indicators indicators(LocalDate from, LocalDate to) {
        return Indicators.of(totals(from, to), durations(from, to));
    }

    /** A kind a newer version wrote is skipped rather than failing the whole report. */
    private static Optional<EventKind> kind(String name) {
        try {
            return Optional.of(EventKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
