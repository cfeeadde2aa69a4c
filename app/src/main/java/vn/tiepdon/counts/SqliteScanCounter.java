package vn.tiepdon.counts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.queue.ServiceDay;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.StorageException;

/**
 * Counts scans per queue day and outcome in the kiosk database: one row per (day, outcome),
 * incremented in place, so a report can send absolute daily totals.
 *
 * <p>Counting is secondary to serving the patient: if the database cannot be written the
 * failure is logged and the scan goes on.
 */
public final class SqliteScanCounter implements ScanCounter {

    /** The outcome stored for accepted scans; rejections are stored under their reason's name. */
    static final String ACCEPTED = "ACCEPTED";

    private static final Logger LOG = LoggerFactory.getLogger(SqliteScanCounter.class);

    private final KioskDatabase database;
    private final int dayStartHour;
    private final Clock clock;

    public SqliteScanCounter(KioskDatabase database, int dayStartHour, Clock clock) {
        ServiceDay.requireValidHour(dayStartHour);
        this.database = Objects.requireNonNull(database, "database");
        this.dayStartHour = dayStartHour;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void accepted() {
        increment(ACCEPTED);
    }

    @Override
    public void rejected(RejectionReason reason) {
        increment(reason.name());
    }

    private void increment(String outcome) {
        String day = today().toString();
        try {
            database.write(c -> {
                try (PreparedStatement upsert = c.prepareStatement("""
                        INSERT INTO scan_counts (day, outcome, count) VALUES (?, ?, 1)
                        ON CONFLICT (day, outcome) DO UPDATE SET count = count + 1""")) {
                    upsert.setString(1, day);
                    upsert.setString(2, outcome);
                    return upsert.executeUpdate();
                }
            });
        } catch (StorageException e) {
            LOG.warn("Could not count a scan ({}) for {}", outcome, day, e);
        }
    }

    /** The queue day it is now, under the configured day start hour. */
    public LocalDate today() {
        return ServiceDay.of(LocalDateTime.now(clock), dayStartHour);
    }

    public DailyScanCounts countsToday() {
        return countsFor(today());
    }

    public DailyScanCounts countsFor(LocalDate day) {
        return database.read(c -> {
            int accepted = 0;
            Map<RejectionReason, Integer> rejected = new EnumMap<>(RejectionReason.class);
            try (PreparedStatement query = c.prepareStatement("SELECT outcome, count FROM scan_counts WHERE day = ?")) {
                query.setString(1, day.toString());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String outcome = rows.getString(1);
                        if (ACCEPTED.equals(outcome)) {
                            accepted = rows.getInt(2);
                        } else {
                            // Outcomes this version does not know (written by a newer one) are left out.
                            int count = rows.getInt(2);
                            Arrays.stream(RejectionReason.values()).filter(r -> r.name().equals(outcome))
                                    .findFirst().ifPresent(reason -> rejected.put(reason, count));
                        }
                    }
                }
            }
            return new DailyScanCounts(day, accepted, rejected);
        });
    }
}
