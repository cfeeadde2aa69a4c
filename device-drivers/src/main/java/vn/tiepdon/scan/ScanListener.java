package vn.tiepdon.scan;

/** Receives framed scans from a {@link ScanSource}. */
public interface ScanListener {

    /** One complete scan, its terminator removed, bytes exactly as the scanner sent them. */
    void onScan(byte[] payload);

    /** The device came or went (unplugged, plugged back). For logs and the admin status, never for patients. */
    default void onConnectionChange(boolean connected, String detail) {
    }
}
