package vn.tiepdon.station;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.store.BackupSchedule;
import vn.tiepdon.store.DatabaseBackup;
import vn.tiepdon.store.SetAsideFiles;

/**
 * What the kiosk does for its data while it runs, as jobs on its {@link Scheduler}: delete the hand-off rows past
 * retention, tell the statistics it is running, store counts that waited in memory (once the disk has room again),
 * delete events past retention, delete damaged databases set aside past the hand-off retention
 * ({@link SetAsideFiles}), take the day's backup when it is due, and keep the file safe (checkpoint, number marks).
 * None ever stops the kiosk.
 */
final class Housekeeping {

    /** How often the kiosk reports that it is running (the unit of device uptime). */
    static final Duration RUNNING_INTERVAL = Duration.ofMinutes(10);
    static final Duration HANDOFF_PURGE_INTERVAL = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final IssuingParts parts;
    private final DatabaseBackup backup;
    private final SetAsideFiles setAside;
    private final BackupSchedule schedule;
    private final Clock clock;
    private Instant lastRunning;
    private LocalDate retentionDoneFor;

    Housekeeping(IssuingParts parts, DatabaseBackup backup, Clock clock) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.backup = Objects.requireNonNull(backup, "backup");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.setAside = new SetAsideFiles(parts.settings.dataDir(), parts.settings.handoffRetention(), clock);
        this.schedule = new BackupSchedule(parts.settings.upkeep().backupHour());
        this.lastRunning = clock.instant();
    }

    /** Every process that gives numbers deletes the personal data past its retention: at once, then hourly. */
    static void purgeHandoff(IssuingParts parts, Scheduler scheduler) {
        scheduler.every(HANDOFF_PURGE_INTERVAL, "hand-off purge", parts::purgeHandoff);
    }

    void addTo(Scheduler scheduler) {
        purgeHandoff(parts, scheduler);
        scheduler.everyTick("running report", this::reportRunning);
        scheduler.everyTick("waiting counts", this::storeWaitingCounts);
        scheduler.everyTick("event retention", this::deleteOldEvents);
        scheduler.everyTick("damaged databases set aside", setAside::deleteExpired);
        scheduler.everyTick("backup", this::backUpWhenDue);
        scheduler.everyTick("checkpoint and number marks", this::keepFileSafe);
    }

    /** When it is due; the counts measure the time themselves (an outage's end and the stop count it too). */
    private void reportRunning() {
        Instant now = clock.instant();
        if (!now.isBefore(lastRunning.plus(RUNNING_INTERVAL))) {
            parts.counts.running();
            lastRunning = now;
        }
    }

    private void storeWaitingCounts() {
        if (parts.database.lowOnSpace() && !parts.database.keepReserve()) {
            return;
        }
        parts.events.flush();
    }

    private void deleteOldEvents() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(retentionDoneFor)) {
            int retentionDays = parts.settings.upkeep().eventRetentionDays();
            int deleted = parts.events.deleteBefore(today.minusDays(retentionDays));
            if (deleted > 0) {
                LOG.info("Deleted {} counted events older than {} days; their daily totals stay", deleted,
                        retentionDays);
            }
            retentionDoneFor = today;
        }
    }

    private void backUpWhenDue() {
        if (schedule.due(backup.latest().map(DatabaseBackup.Copy::takenAt), LocalDateTime.now(clock))) {
            DatabaseBackup.Made made = backup.backupNow();
            LOG.info("Backup {} ({} bytes, {} ms)", made.file(), made.bytes(), made.took().toMillis());
        }
    }

    /**
     * The WAL copied into the file (deleting the WAL by mistake then loses at most a minute, and the marks tell
     * what it held), the marks' event sequence brought up to date and copied to the backup folder.
     */
    private void keepFileSafe() {
        parts.database.checkpoint();
        parts.database.keepMarks(parts.settings.upkeep().backupDir());
    }
}
