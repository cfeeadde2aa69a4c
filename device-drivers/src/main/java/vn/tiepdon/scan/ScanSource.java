package vn.tiepdon.scan;

/**
 * Where scans come from: a serial (virtual COM) scanner, a simulator, or a terminal.
 * One listener per source; callbacks arrive on the source's own thread, so a UI
 * must hand them over to its own thread.
 */
public interface ScanSource extends AutoCloseable {

    /** Starts delivering scans to the listener. Returns at once; never throws for a missing device. */
    void start(ScanListener listener);

    /** A short description for logs and the admin status, e.g. "serial /dev/ttyACM0 @9600". */
    String describe();

    /** Stops delivering scans and releases the device. */
    @Override
    void close();
}
