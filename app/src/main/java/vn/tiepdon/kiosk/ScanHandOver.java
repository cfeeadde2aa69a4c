package vn.tiepdon.kiosk;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.scan.ScanListener;

/**
 * Receives scans on the scanner's thread and hands them to the UI thread, where the flow lives.
 * Connection changes go to the log and the admin status only.
 */
public final class ScanHandOver implements ScanListener {

    private static final Logger LOG = LoggerFactory.getLogger(ScanHandOver.class);

    private final Executor ui;
    private final Consumer<byte[]> scans;
    private final AdminStatus adminStatus;

    public ScanHandOver(Executor ui, Consumer<byte[]> scans, AdminStatus adminStatus) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.scans = Objects.requireNonNull(scans, "scans");
        this.adminStatus = Objects.requireNonNull(adminStatus, "adminStatus");
    }

    @Override
    public void onScan(byte[] payload) {
        // The source may reuse its buffer once we return.
        byte[] copy = payload == null ? new byte[0] : payload.clone();
        handOver(() -> scans.accept(copy), "scan");
    }

    @Override
    public void onConnectionChange(boolean connected, String detail) {
        if (connected) {
            LOG.info("Scanner connected: {}", detail);
        } else {
            LOG.warn("Scanner disconnected: {}", detail);
        }
        handOver(() -> adminStatus.scannerConnection(connected, detail), "connection change");
    }

    /** During shutdown the UI may already be gone; the scanner's thread must not die of that. */
    private void handOver(Runnable task, String what) {
        try {
            ui.execute(task);
        } catch (IllegalStateException | RejectedExecutionException e) {
            LOG.info("UI no longer running, {} dropped", what);
        }
    }
}
