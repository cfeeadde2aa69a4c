package vn.tiepdon.sync.client;

/**
 * The port through which the client reads the kiosk: implemented by the kiosk's store. It decides which days have
 * changed since the server's last acknowledgement (see {@link SyncLedger}) and reads their totals and the cursor in
 * one read transaction, never holding a write lock: the kiosk keeps issuing tickets meanwhile.
 */
@FunctionalInterface
public interface SnapshotSource {

    /**
     * @throws RuntimeException when the kiosk's data cannot be read; the cycle ends with
     *                          {@link SyncOutcome.Status#KIOSK_DATA_UNREADABLE}
     */
    Snapshot read();
}
