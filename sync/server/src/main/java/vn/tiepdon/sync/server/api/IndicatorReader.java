package vn.tiepdon.sync.server.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.DurationCount;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.EventTotal;
import vn.tiepdon.indicators.Indicators;
import vn.tiepdon.indicators.KioskTotals;
import vn.tiepdon.sync.server.store.DaySums;
import vn.tiepdon.sync.server.store.ServerDatabase;

/**
 * Reads the held totals of a period for {@link Breakdown#tableOf}, summed by the database as far as the report
 * allows (see {@link Shape}). Kinds this server does not know are stored but skipped here, as the kiosk's own stats
 * skip them.
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

    /** Which groups a report keeps apart; everything else is summed by the database. */
    public enum Split { NONE, KIOSK, FACILITY }

    /**
     * What a report needs from the rows, so that the database sums everything else and sends only that: a year of
     * 200 kiosks is 12 M hour rows, 1.2 M kiosk-day rows and, for 20 facilities, 120 k facility-day rows, but a year
     * by day summed over every kiosk is 365 days of a few dozen rows.
     *
     * @param split      the groups kept apart (their rows come back as separate {@link KioskTotals})
     * @param days       whether each day is kept, or the period summed into one (reported on its first day)
     * @param hours      whether each hour is kept, or the day summed ({@link EventTotal#WHOLE_DAY})
     * @param kinds      the kinds read; empty for all
     * @param durations  whether the histograms are read (only the median scan-to-ticket time uses them)
     */
    public record Shape(Split split, boolean days, boolean hours, Set<EventKind> kinds, boolean durations) {

        public Shape {
            Objects.requireNonNull(split, "split");
            kinds = Set.copyOf(kinds);
        }

        /** What a breakdown's table reads: {@link Breakdown#tableOf} gives the same table as from every hour row. */
        public static Shape of(Breakdown by) {
            return switch (by) {
                case DAY, WEEK, MONTH -> new Shape(Split.NONE, true, false, Set.of(), true);
                case HOUR -> new Shape(Split.NONE, false, true, Set.of(EventKind.TICKET_ISSUED), false);
                case SERVICE, KIND -> new Shape(Split.NONE, false, false, Set.of(), false);
                case KIOSK -> new Shape(Split.KIOSK, false, false, Set.of(), true);
                case FACILITY -> new Shape(Split.FACILITY, false, false, Set.of(), true);
            };
        }

        /** Every hour of every day, summed over the kiosks selected: the workbook's sheets. */
        public static final Shape EVERY_HOUR = new Shape(Split.NONE, true, true, Set.of(), true);
    }

    /**
     * The selected kiosks' totals from {@code from} to {@code to} (both included), as {@code shape} asks: one
     * {@link KioskTotals} per kiosk or facility kept apart (every kiosk or facility with data in the period, and
     * every enrolled one not revoked, so a silent kiosk shows as zeros rather than disappearing), or one with kiosk
     * and facility "" holding the sum.
     */
    public List<KioskTotals> read(LocalDate from, LocalDate to, Shape shape, Selection selection) {
        return database.read(c -> {
            Map<List<String>, Map<LocalDate, DaySums>> days = new TreeMap<>(KEY_ORDER);
            Map<List<String>, List<EventTotal>> hours = new TreeMap<>(KEY_ORDER);
            if (shape.split() == Split.NONE) {
                days.put(List.of("", ""), new TreeMap<>());
            } else {
                activeKiosks(c, selection, shape.split(), days);
            }
            if (!shape.hours() || shape.durations()) {
                readDaySums(c, from, to, shape, selection, days);
            }
            if (shape.hours()) {
                readHours(c, from, to, shape, selection, hours);
            }
            TreeSet<List<String>> groups = new TreeSet<>(KEY_ORDER);
            groups.addAll(days.keySet());
            groups.addAll(hours.keySet());
            List<KioskTotals> kiosks = new ArrayList<>();
            for (List<String> group : groups) {
                Map<LocalDate, DaySums> sums = days.getOrDefault(group, Map.of());
                kiosks.add(new KioskTotals(group.get(0), group.get(1),
                        shape.hours() ? hours.getOrDefault(group, List.of()) : totals(sums, shape),
                        shape.durations() ? durations(sums) : List.of()));
            }
            return kiosks;
        });
    }

    /** Kiosk, then facility: the rows of a breakdown by kiosk come out in this order. */
    private static final Comparator<List<String>> KEY_ORDER =
            Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1));

    private static void activeKiosks(Connection c, Selection selection, Split split,
                                     Map<List<String>, Map<LocalDate, DaySums>> days) throws SQLException {
        try (PreparedStatement query = c.prepareStatement((split == Split.FACILITY
                ? "SELECT DISTINCT '', facility" : "SELECT kiosk_id, facility")
                + " FROM kiosks WHERE revoked_at IS NULL" + selection.where())) {
            selection.bind(query, 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    days.computeIfAbsent(List.of(rows.getString(1), rows.getString(2)), k -> new TreeMap<>());
                }
            }
        }
    }

    /** Whether the report reads each kiosk's days rather than each facility's (its kiosks already summed). */
    private static boolean perKiosk(Shape shape, Selection selection) {
        return shape.split() == Split.KIOSK || selection.kiosk().isPresent();
    }

    /** The group a row of a kiosk or facility belongs to in this report. */
    private static List<String> group(Shape shape, String kiosk, String facility) {
        return switch (shape.split()) {
            case NONE -> List.of("", "");
            case KIOSK -> List.of(kiosk, facility);
            case FACILITY -> List.of("", facility);
        };
    }

    /**
     * The day sums of the period: each facility's day (or each kiosk's, when kiosks are kept apart or one is
     * selected), added up per group and per day, or per group over the period when days are not kept.
     */
    private static void readDaySums(Connection c, LocalDate from, LocalDate to, Shape shape, Selection selection,
                                    Map<List<String>, Map<LocalDate, DaySums>> days) throws SQLException {
        String sql = perKiosk(shape, selection)
                ? "SELECT kiosk_id, facility, day, totals, seconds FROM kiosk_days"
                + " WHERE day BETWEEN ? AND ? AND facility IS NOT NULL" + selection.where()
                : "SELECT '', facility, day, totals, seconds FROM facility_days WHERE day BETWEEN ? AND ?"
                + selection.where();
        Days parsed = new Days();
        boolean totals = !shape.hours();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, from.toString());
            query.setString(2, to.toString());
            selection.bind(query, 3);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    LocalDate day = shape.days() ? parsed.of(rows.getString(3)) : from;
                    days.computeIfAbsent(group(shape, rows.getString(1), rows.getString(2)), k -> new TreeMap<>())
                            .computeIfAbsent(day, d -> new DaySums())
                            .addText(totals ? rows.getString(4) : null, shape.durations() ? rows.getString(5) : null);
                }
            }
        }
    }

    /** Hour rows, for the breakdown by hour and the workbook: summed over the kiosks of a group by the database. */
    private static void readHours(Connection c, LocalDate from, LocalDate to, Shape shape, Selection selection,
                                  Map<List<String>, List<EventTotal>> hours) throws SQLException {
        String kiosk = shape.split() == Split.KIOSK ? "kiosk_id" : "''";
        String facility = shape.split() == Split.NONE ? "''" : "facility";
        List<String> groupBy = new ArrayList<>();
        if (shape.split() == Split.KIOSK) {
            groupBy.add("kiosk_id");
        }
        if (shape.split() != Split.NONE) {
            groupBy.add("facility");
        }
        if (shape.days()) {
            groupBy.add("day");
        }
        groupBy.addAll(List.of("hour", "kind", "subject", "flag"));
        List<String> kinds = shape.kinds().stream().map(Enum::name).sorted().toList();
        String sql = "SELECT " + kiosk + ", " + facility + ", " + (shape.days() ? "day" : "MIN(day)")
                + ", hour, kind, subject, flag, SUM(count), SUM(amount_dong), SUM(millis_sum) FROM hour_totals"
                + " WHERE day BETWEEN ? AND ?" + selection.where()
                + (kinds.isEmpty() ? "" : " AND kind IN (" + String.join(", ", Collections.nCopies(kinds.size(), "?"))
                + ")") + " GROUP BY " + String.join(", ", groupBy);
        Days parsed = new Days();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, from.toString());
            query.setString(2, to.toString());
            int next = selection.bind(query, 3);
            for (String kind : kinds) {
                query.setString(next++, kind);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Optional<EventKind> kind = kind(rows.getString(5));
                    if (kind.isPresent()) {
                        hours.computeIfAbsent(List.of(rows.getString(1), rows.getString(2)), k -> new ArrayList<>())
                                .add(new EventTotal(shape.days() ? parsed.of(rows.getString(3)) : from,
                                        rows.getInt(4), kind.get(), rows.getString(6), rows.getInt(7),
                                        rows.getLong(8), rows.getLong(9), rows.getLong(10)));
                    }
                }
            }
        }
    }

    private static List<EventTotal> totals(Map<LocalDate, DaySums> days, Shape shape) {
        List<EventTotal> totals = new ArrayList<>();
        days.forEach((day, sums) -> sums.totals().forEach((key, sum) -> kind(key.kind())
                .filter(kind -> shape.kinds().isEmpty() || shape.kinds().contains(kind))
                .ifPresent(kind -> totals.add(new EventTotal(day, EventTotal.WHOLE_DAY, kind, key.subject(),
                        key.flag(), sum[0], sum[1], sum[2])))));
        return totals;
    }

    /** Only the histograms an indicator uses (the median scan-to-ticket time). */
    private static List<DurationCount> durations(Map<LocalDate, DaySums> days) {
        List<DurationCount> durations = new ArrayList<>();
        String median = Indicators.MEDIAN_KIND.name();
        days.forEach((day, sums) -> sums.seconds().forEach((key, count) -> {
            if (key.kind().equals(median)) {
                durations.add(new DurationCount(day, Indicators.MEDIAN_KIND, key.seconds(), count[0]));
            }
        }));
        return durations;
    }

    /** A year has 365 day texts: each parsed once, not once per row. */
    private static final class Days {
        private final Map<String, LocalDate> parsed = new HashMap<>();

        LocalDate of(String text) {
            return parsed.computeIfAbsent(text, LocalDate::parse);
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
