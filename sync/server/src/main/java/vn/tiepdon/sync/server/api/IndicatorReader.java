package vn.tiepdon.sync.server.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tiepdon.indicators.DurationCount;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.EventTotal;
import vn.tiepdon.indicators.Indicators;
import vn.tiepdon.indicators.KioskTotals;
import vn.tiepdon.sync.server.store.ServerDatabase;

/**
 * Reads the held totals of a period, per kiosk, for {@link vn.tiepdon.indicators.Breakdown#tableOf}: hourly rows only
 * when the breakdown needs hours, otherwise the database sums each day (a tenth of the rows to send). Kinds this
 * server does not know are stored but skipped here, as the kiosk's own stats skip them.
 */
public final class IndicatorReader {

    /** Which kiosks: all, or those of one facility, or one kiosk. */
    public record Selection(Optional<String> facility, Optional<String> kiosk) {
        public static final Selection ALL = new Selection(Optional.empty(), Optional.empty());

        String where() {
            return facility.map(f -> " AND facility = ?").orElse("") + kiosk.map(k -> " AND kiosk_id = ?").orElse("");
        }

        int bind(PreparedStatement statement, int next) throws SQLException {
            if (facility.isPresent()) {
                statement.setString(next++, facility.get());
            }
            if (kiosk.isPresent()) {
                statement.setString(next++, kiosk.get());
            }
            return next;
        }
    }

    private final ServerDatabase database;

    public IndicatorReader(ServerDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * How fine the rows read are: the smallest table that answers a report (a year of 200 kiosks is 12 M hour rows,
     * 1.2 M kiosk-days, 120 k facility-days for 20 facilities).
     */
    public enum Grain {
        /** Hour rows of each kiosk: for a breakdown by hour. */
        HOUR,
        /** Each kiosk's days: by kiosk, or one kiosk selected. */
        KIOSK_DAY,
        /** Each facility's days, its kiosks summed (kiosk ""): every other report. */
        FACILITY_DAY;

        public static Grain of(boolean needsHours, boolean perKiosk) {
            return needsHours ? HOUR : perKiosk ? KIOSK_DAY : FACILITY_DAY;
        }
    }

    /**
     * The selected kiosks' totals from {@code from} to {@code to} (both included) at a grain: every kiosk (facility)
     * with data in the period, and every enrolled one not revoked (a silent kiosk shows as zeros rather than
     * disappearing). FACILITY_DAY is for selections without a kiosk.
     */
    public List<KioskTotals> read(LocalDate from, LocalDate to, Grain grain, Selection selection) {
        return database.read(c -> {
            Map<List<String>, List<EventTotal>> totals = new TreeMap<>(KEY_ORDER);
            Map<List<String>, List<DurationCount>> durations = new TreeMap<>(KEY_ORDER);
            activeKiosks(c, selection, grain, totals);
            readTotals(c, from, to, grain, selection, totals);
            readDurations(c, from, to, grain, selection, durations);
            List<KioskTotals> kiosks = new ArrayList<>();
            for (List<String> key : union(totals, durations)) {
                kiosks.add(new KioskTotals(key.get(0), key.get(1), totals.getOrDefault(key, List.of()),
                        durations.getOrDefault(key, List.of())));
            }
            return kiosks;
        });
    }

    /** Kiosk, then facility: the rows of a breakdown by kiosk come out in this order. */
    private static final Comparator<List<String>> KEY_ORDER =
            Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1));

    private static List<List<String>> union(Map<List<String>, ?> a, Map<List<String>, ?> b) {
        TreeSet<List<String>> keys = new TreeSet<>(KEY_ORDER);
        keys.addAll(a.keySet());
        keys.addAll(b.keySet());
        return new ArrayList<>(keys);
    }

    private static void activeKiosks(Connection c, Selection selection, Grain grain,
                                     Map<List<String>, List<EventTotal>> totals) throws SQLException {
        try (PreparedStatement query = c.prepareStatement((grain == Grain.FACILITY_DAY
                ? "SELECT DISTINCT '', facility" : "SELECT kiosk_id, facility")
                + " FROM kiosks WHERE revoked_at IS NULL" + selection.where())) {
            selection.bind(query, 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    totals.computeIfAbsent(List.of(rows.getString(1), rows.getString(2)), k -> new ArrayList<>());
                }
            }
        }
    }

    private static void readTotals(Connection c, LocalDate from, LocalDate to, Grain grain, Selection selection,
                                   Map<List<String>, List<EventTotal>> totals) throws SQLException {
        String sql = switch (grain) {
            case HOUR -> "SELECT kiosk_id, facility, day, hour, kind, subject, flag, count, amount_dong, millis_sum"
                    + " FROM hour_totals WHERE day BETWEEN ? AND ?" + selection.where();
            case KIOSK_DAY -> "SELECT kiosk_id, facility, day, " + EventTotal.WHOLE_DAY + ", kind, subject, flag,"
                    + " count, amount_dong, millis_sum FROM kiosk_day_totals WHERE day BETWEEN ? AND ?"
                    + selection.where();
            case FACILITY_DAY -> "SELECT '', facility, day, " + EventTotal.WHOLE_DAY + ", kind, subject, flag,"
                    + " count, amount_dong, millis_sum FROM facility_day_totals WHERE day BETWEEN ? AND ?"
                    + selection.where();
        };
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, from.toString());
            query.setString(2, to.toString());
            selection.bind(query, 3);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Optional<EventKind> kind = kind(rows.getString(5));
                    if (kind.isPresent()) {
                        totals.computeIfAbsent(List.of(rows.getString(1), rows.getString(2)), k -> new ArrayList<>())
                                .add(new EventTotal(LocalDate.parse(rows.getString(3)), rows.getInt(4), kind.get(),
                                        rows.getString(6), rows.getInt(7), rows.getLong(8), rows.getLong(9),
                                        rows.getLong(10)));
                    }
                }
            }
        }
    }

    /** Only the histograms an indicator uses (the median scan-to-ticket time). */
    private static void readDurations(Connection c, LocalDate from, LocalDate to, Grain grain, Selection selection,
                                      Map<List<String>, List<DurationCount>> durations) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(grain == Grain.FACILITY_DAY
                ? "SELECT '', facility, day, seconds, count FROM facility_second_counts"
                + " WHERE day BETWEEN ? AND ? AND kind = ?" + selection.where()
                : "SELECT kiosk_id, facility, day, seconds, count"
                + " FROM second_counts WHERE day BETWEEN ? AND ? AND kind = ?" + selection.where())) {
            query.setString(1, from.toString());
            query.setString(2, to.toString());
            query.setString(3, Indicators.MEDIAN_KIND.name());
            selection.bind(query, 4);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    durations.computeIfAbsent(List.of(rows.getString(1), rows.getString(2)), k -> new ArrayList<>())
                            .add(new DurationCount(LocalDate.parse(rows.getString(3)), Indicators.MEDIAN_KIND,
                                    rows.getLong(4), rows.getLong(5)));
                }
            }
        }
    }

    /** A kind a newer kiosk sent is kept in the database but left out of the figures. */
    private static Optional<EventKind> kind(String name) {
        try {
            return Optional.of(EventKind.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
