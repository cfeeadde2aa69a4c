package vn.tiepdon.kiosk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.ticket.PrinterCheck;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What staff see on the hidden status overlay: devices and counts. Device trouble goes here
 * and to the log, never to the patient. Updated on the UI thread.
 */
public final class AdminStatus {

    /**
     * The overlay's content at one moment. {@code scannerConnected} is empty until the scanner reports.
     *
     * @param keyboardScans scans typed by a scanner in keyboard (USB HID) mode since the kiosk started;
     *                      non-zero tells staff a scanner is on the keyboard channel, where Vietnamese
     *                      letters can be lost
     */
    public record Snapshot(String scannerDescription, Optional<Boolean> scannerConnected, String scannerDetail,
                           String printerAddress, String counts, int keyboardScans) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(AdminStatus.class);

    private final String scannerDescription;
    private final String printerAddress;
    private final Supplier<String> counts;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Boolean scannerConnected;
    private String scannerDetail = "";
    private int keyboardScans;
    private PrinterCheck printer;

    public AdminStatus(String scannerDescription, String printerAddress, Supplier<String> counts) {
        this.scannerDescription = Objects.requireNonNullElse(scannerDescription, "");
        this.printerAddress = Objects.requireNonNullElse(printerAddress, "");
        this.counts = Objects.requireNonNullElse(counts, () -> "");
    }

    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void scannerConnection(boolean connected, String detail) {
        scannerConnected = connected;
        scannerDetail = Objects.requireNonNullElse(detail, "");
        listeners.forEach(Runnable::run);
    }

    /** Empty until the scanner has reported. */
    public Optional<Boolean> scannerConnected() {
        return Optional.ofNullable(scannerConnected);
    }

    /**
     * The printer's answer to the last check between patients. Listeners hear only a change: the check runs every
     * few seconds and the overlay need not be redrawn for the same answer.
     */
    public void printerChecked(PrinterCheck check) {
        Objects.requireNonNull(check, "check");
        if (!check.equals(printer)) {
            if (!check.canPrint()) {
                LOG.warn("Printer {} cannot print: {}; the start screen sends patients to the desk", printerAddress,
                        check.problem().orElseThrow());
            } else if (check.paperNearEnd()) {
                LOG.warn("Printer {}: paper nearly used up, load a new roll", printerAddress);
            } else if (printer != null) {
                LOG.info("Printer {} ready again", printerAddress);
            }
            printer = check;
            listeners.forEach(Runnable::run);
        }
    }

    /** Empty until the printer has been asked. */
    public Optional<PrinterCheck> printer() {
        return Optional.ofNullable(printer);
    }

    /** A scanner in keyboard mode typed a scan into the kiosk window. */
    public void keyboardScanSeen() {
        keyboardScans++;
        listeners.forEach(Runnable::run);
    }

    /** Reads the counts afresh; a failing supplier shows its error instead of breaking the overlay. */
    public Snapshot snapshot() {
        String countsText;
        try {
            countsText = Objects.requireNonNullElse(counts.get(), "");
        } catch (RuntimeException e) {
            LOG.warn("Counts for the status overlay unavailable", e);
            countsText = "(" + e.getClass().getSimpleName() + ")";
        }
        return new Snapshot(scannerDescription, Optional.ofNullable(scannerConnected), scannerDetail,
                printerAddress, countsText, keyboardScans);
    }
}
