package vn.tiepdon.scan;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Collects what a source delivers, so tests can wait for it with generous timeouts. */
final class RecordingListener implements ScanListener {

    static final Duration WAIT = Duration.ofSeconds(10);

    record Change(boolean connected, String detail) {
    }

    final BlockingQueue<byte[]> scans = new LinkedBlockingQueue<>();
    final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();

    @Override
    public void onScan(byte[] payload) {
        scans.add(payload);
    }

    @Override
    public void onConnectionChange(boolean connected, String detail) {
        changes.add(new Change(connected, detail));
    }

    /** The next scan, or null when none came within {@link #WAIT}. */
    byte[] nextScan() throws InterruptedException {
        return scans.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next connection change, or null when none came within {@link #WAIT}. */
    Change nextChange() throws InterruptedException {
        return changes.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
