package vn.tiepdon.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The kiosk's devices and data as IT checks them: what is connected, how much disk is left, when the data was
 * last copied and sent, and what waits in memory because it could not be written.
 *
 * @param scannerConnected empty until the scanner has reported
 * @param printerReady     empty until the printer has been asked
 * @param printerProblem   why the printer cannot print, as the kiosk's print problem code ({@code PAPER_OUT} …);
 *                         empty when it can or nobody knows
 * @param paperNearEnd     the printer prints, but its roll is nearly used up: staff should load a new one
 * @param sync             when the counts last reached the indicator server, or why not
 * @param eventsWaiting    counted events kept in memory because the database could not take them
 */
public record DeviceHealth(Optional<Boolean> scannerConnected, Optional<Boolean> printerReady, String printerDetail,
                           String printerProblem, boolean paperNearEnd,
                           long diskFreeBytes, Optional<Instant> lastBackup, SyncLine sync,
                           int eventsWaiting) {

    /** Below this, a kiosk writing a few megabytes a week has weeks left, not months: time to act. */
    public static final long LOW_DISK_BYTES = 1_000_000_000L;
    /** A nightly backup older than this missed at least one night. */
    public static final Duration OLD_BACKUP = Duration.ofHours(36);

    /** What IT should look at, most urgent first; empty when all is well. */
    public enum Warning {
        EVENTS_NOT_STORED, DISK_LOW, PRINTER_NOT_READY, PAPER_NEAR_END, SCANNER_DISCONNECTED, BACKUP_OLD, NO_BACKUP, SYNC_FAILING
    }

    public DeviceHealth {
        Objects.requireNonNull(printerDetail, "printerDetail");
        Objects.requireNonNull(printerProblem, "printerProblem");
        Objects.requireNonNull(sync, "sync");
    }

    /** Knowing only whether the printer is ready (the last ticket printed or not), not why. */
    public DeviceHealth(Optional<Boolean> scannerConnected, Optional<Boolean> printerReady, String printerDetail,
                        long diskFreeBytes, Optional<Instant> lastBackup, SyncLine sync, int eventsWaiting) {
        this(scannerConnected, printerReady, printerDetail, "", false, diskFreeBytes, lastBackup, sync,
                eventsWaiting);
    }

    /** The same health with the scanner's state as the kiosk screen knows it. */
    public DeviceHealth withScanner(Optional<Boolean> connected) {
        return new DeviceHealth(connected, printerReady, printerDetail, printerProblem, paperNearEnd, diskFreeBytes,
                lastBackup, sync, eventsWaiting);
    }

    /**
     * The same health with the printer as the last check between patients found it, which is newer than what the
     * last ticket said.
     *
     * @param problem empty when the printer can print
     */
    public DeviceHealth withPrinterChecked(Optional<String> problem, boolean nearEnd) {
        return new DeviceHealth(scannerConnected, Optional.of(problem.isEmpty()), printerDetail, problem.orElse(""),
                nearEnd && problem.isEmpty(), diskFreeBytes, lastBackup, sync, eventsWaiting);
    }

    public List<Warning> warnings(Instant now) {
        List<Warning> warnings = new ArrayList<>();
        if (eventsWaiting > 0) {
            warnings.add(Warning.EVENTS_NOT_STORED);
        }
        if (diskFreeBytes < LOW_DISK_BYTES) {
            warnings.add(Warning.DISK_LOW);
        }
        if (printerReady.isPresent() && !printerReady.get()) {
            warnings.add(Warning.PRINTER_NOT_READY);
        }
        if (paperNearEnd) {
            warnings.add(Warning.PAPER_NEAR_END);
        }
        if (scannerConnected.isPresent() && !scannerConnected.get()) {
            warnings.add(Warning.SCANNER_DISCONNECTED);
        }
        if (lastBackup.isEmpty()) {
            warnings.add(Warning.NO_BACKUP);
        } else if (Duration.between(lastBackup.get(), now).compareTo(OLD_BACKUP) > 0) {
            warnings.add(Warning.BACKUP_OLD);
        }
        if (sync.failing()) {
            warnings.add(Warning.SYNC_FAILING);
        }
        return warnings;
    }
}
