package vn.tiepdon.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.admin.AdminPin;

/**
 * How the kiosk looks after its own data and who may open its admin screen.
 *
 * @param backupDir          where the nightly copies of the database go (another disk or a USB stick is better)
 * @param backupKeep         how many copies are kept
 * @param backupHour         the hour (0–23) from which the day's copy is taken
 * @param eventRetentionDays how long counted events are kept; their daily totals are kept for ever
 * @param adminPin           the admin screen's PIN; empty leaves the screen closed
 */
public record Upkeep(Path backupDir, int backupKeep, int backupHour, int eventRetentionDays,
                     Optional<AdminPin> adminPin) {

    public static final int DEFAULT_BACKUP_KEEP = 14;
    public static final int DEFAULT_BACKUP_HOUR = 2;
    public static final int DEFAULT_EVENT_RETENTION_DAYS = 90;

    public Upkeep {
        Objects.requireNonNull(backupDir, "backupDir");
        adminPin = adminPin == null ? Optional.empty() : adminPin;
    }

    /** The defaults for a kiosk whose data lives in {@code dataDir}: copies in its {@code backup} folder, no PIN. */
    public static Upkeep defaults(Path dataDir) {
        return new Upkeep(dataDir.resolve("backup"), DEFAULT_BACKUP_KEEP, DEFAULT_BACKUP_HOUR,
                DEFAULT_EVENT_RETENTION_DAYS, Optional.empty());
    }
}
