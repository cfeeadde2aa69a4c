package vn.tiepdon.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.counts.KioskCounts;

/**
 * What the kiosk does for its data while it runs, one {@link #tick} a minute on a background thread: tell the
 * statistics it is running, store counts that waited in memory (once the disk has room again), delete events past
 * retention, delete damaged databases set aside past the hand-off retention ({@link SetAsideFiles}), and take the
 * day's backup when it is due. Each job fails alone, is logged, and is tried again at the next tick; none ever stops
 * the kiosk.
 */
public final class Housekeeping {

    /** How often the kiosk reports that it is running (the unit of device uptime). */
    public static final Duration RUNNING_INTERVAL = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final KioskDatabase database;
    private final SqliteEventLog events;
    private final KioskCounts counts;
    private final DatabaseBackup backup;
    private final SetAsideFiles setAside;
    private final BackupSchedule schedule;
    private final int retentionDays;
    private final Clock clock;
    private Instant lastRunning;
    private LocalDate retentionDoneFor;
    private volatile Optional<String> lastBackupProblem = Optional.empty();

    public Housekeeping(KioskDatabase database, SqliteEventLog events, KioskCounts counts, DatabaseBackup backup,
                        SetAsideFiles setAside, BackupSchedule schedule, int retentionDays, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.events = Objects.requireNonNull(events, "events");
        this.counts = Objects.requireNonNull(counts, "counts");
        this.backup = Objects.requireNonNull(backup, "backup");
        this.setAside = Objects.requireNonNull(setAside, "setAside");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retentionDays = retentionDays;
        this.lastRunning = clock.instant();
    }

    /** Runs whatever is due now. */
    public synchronized void tick() {
        Instant now = clock.instant();
        guarded("running report", () -> {
            if (!now.isBefore(lastRunning.plus(RUNNING_INTERVAL))) {
                counts.running(Duration.between(lastRunning, now));
                lastRunning = now;
            }
        });
        guarded("waiting counts", () -> {
            if (database.lowOnSpace() && !database.keepReserve()) {
                return;
            }
            events.flush();
        });
        LocalDate today = LocalDate.ofInstant(now, zone());
        guarded("event retention", () -> {
            if (!today.equals(retentionDoneFor)) {
                int deleted = events.deleteBefore(today.minusDays(retentionDays));
                if (deleted > 0) {
                    LOG.info("Deleted {} counted events older than {} days; their daily totals stay", deleted,
                            retentionDays);
                }
                retentionDoneFor = today;
            }
        });
        guarded("damaged databases set aside", setAside::deleteExpired);
        if (schedule.due(backup.latest().map(DatabaseBackup.Copy::takenAt), LocalDateTime.ofInstant(now, zone()))) {
            try {
                DatabaseBackup.Made made = backup.backupNow();
                lastBackupProblem = Optional.empty();
                LOG.info("Backup {} ({} bytes, {} ms)", made.file(), made.bytes(), made.took().toMillis());
            } catch (RuntimeException e) {
                lastBackupProblem = Optional.of(e.getMessage());
                LOG.warn("Backup failed; tried again at the next check: {}", e.getMessage());
            }
        }
    }

    /** Why the last backup attempt failed, for the admin screen; empty after a good one. */
    public Optional<String> lastBackupProblem() {
        return lastBackupProblem;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static void guarded(String job, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("Housekeeping job '{}' failed; tried again at the next tick", job, e);
        }
    }
}
