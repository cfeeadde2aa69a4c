package vn.tiepdon.kiosk;

import vn.tiepdon.scan.ScanListener;
import vn.tiepdon.scan.ScanSource;

/** A scanner the test drives: scans and connection changes arrive on the test's thread, as a real one's would arrive on its own. */
public final class FakeScanSource implements ScanSource {

    private volatile ScanListener listener;
    private volatile boolean closed;

    @Override
    public void start(ScanListener listener) {
        this.listener = listener;
    }

    @Override
    public String describe() {
        return "fake scanner";
    }

    @Override
    public void close() {
        closed = true;
    }

    public void emit(byte[] payload) {
        listener().onScan(payload);
    }

    public void connection(boolean connected, String detail) {
        listener().onConnectionChange(connected, detail);
    }

    public boolean isStarted() {
        return listener != null;
    }

    public boolean closed() {
        return closed;
    }

    private ScanListener listener() {
        if (listener == null) {
            throw new IllegalStateException("The kiosk did not start the scan source");
        }
        return listener;
    }
}
