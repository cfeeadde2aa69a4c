package vn.tiepdon.store;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * When the nightly backup is due: once a day, at the first check at or after the configured hour. Kiosk PCs are
 * often switched off at night, so a backup missed at 02:00 is taken when the kiosk starts in the morning rather
 * than waiting for the next night.
 */
public record BackupSchedule(int hour) {

    public BackupSchedule {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour 0–23, was " + hour);
        }
    }

    public boolean due(Optional<LocalDateTime> lastBackup, LocalDateTime now) {
        LocalDateTime mark = now.toLocalDate().atTime(LocalTime.of(hour, 0));
        if (now.isBefore(mark)) {
            mark = mark.minusDays(1);
        }
        return lastBackup.isEmpty() || lastBackup.get().isBefore(mark);
    }
}
