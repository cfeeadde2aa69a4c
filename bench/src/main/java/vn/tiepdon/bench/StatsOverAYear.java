package vn.tiepdon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.indicators.StatsTable;
import vn.tiepdon.indicators.sim.SimulatedKiosk;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventLog;
import vn.tiepdon.store.SqliteEventTotals;

/**
 * {@code tiepdon stats} over one year of one busy kiosk (400 patients on a weekday): how long the report takes
 * (target ≤ 200 ms) and how big a year of events makes the database. The report is timed in this JVM (open the
 * file read-only, read the aggregates, build every indicator per day) after a warm-up; {@code bench/run stats}
 * then times the real command in fresh JVMs, which is what IT waits for.
 * <p>
 * Usage: {@code StatsOverAYear DIR [RUNS]} — DIR is created with the year's database and kept for the cold runs.
 */
public final class StatsOverAYear {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private StatsOverAYear() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        deleteTree(dir);
        long events = 0;
        long t0 = System.nanoTime();
        try (KioskDatabase database = KioskDatabase.open(dir)) {
            SqliteEventLog log = new SqliteEventLog(database, zone);
            SimulatedKiosk kiosk = new SimulatedKiosk("K01", zone, 400, 2026L);
            for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
                List<KioskEvent> dayEvents = kiosk.day(day);
                log.recordAll(dayEvents);
                events += dayEvents.size();
            }
        }
        long fillMillis = (System.nanoTime() - t0) / 1_000_000;
        Path file = dir.resolve(KioskDatabase.FILE_NAME);
        System.out.printf(Locale.ROOT, "one year: %,d events written in %,d ms (a day per transaction)%n", events,
                fillMillis);
        System.out.printf(Locale.ROOT, "database with the year's events: %.1f MB (%,d bytes per event)%n",
                Files.size(file) / 1e6, Files.size(file) / events);

        long[] nanos = new long[runs];
        int rows = 0;
        for (int i = -10; i < runs; i++) {
            long start = System.nanoTime();
            try (KioskDatabase database = KioskDatabase.openForReading(file, SqliteEventTotals.SCHEMA_VERSION)) {
                StatsTable table = new SqliteEventTotals(database).table(Breakdown.DAY, FROM, TO);
                rows = table.rows().size();
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "stats --by day over the year (%d rows), in process: p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms (n=%d)%n", rows, nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(0.99 * runs) - 1] / 1e6, nanos[runs - 1] / 1e6, runs);

        Path copy = dir.resolve("aggregates-only.db");
        Files.copy(file, copy);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement s = c.createStatement()) {
            s.execute("DELETE FROM events");
            s.execute("VACUUM");
        }
        System.out.printf(Locale.ROOT, "the same year once its events are past retention (aggregates only): %.2f MB%n",
                Files.size(copy) / 1e6);
        Files.delete(copy);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
