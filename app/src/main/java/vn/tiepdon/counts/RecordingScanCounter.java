package vn.tiepdon.counts;

import java.util.Objects;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.RejectionReason;

/** Counts the flow's scans, idle resets and scanner connection as events for the indicators. */
public final class RecordingScanCounter implements ScanCounter {

    private final KioskCounts counts;

    public RecordingScanCounter(KioskCounts counts) {
        this.counts = Objects.requireNonNull(counts, "counts");
    }

    @Override
    public void accepted(DocumentKind kind) {
        counts.scanAccepted(kind);
    }

    @Override
    public void rejected(RejectionReason reason) {
        counts.scanRejected(reason);
    }

    @Override
    public void idleReset() {
        counts.idleReset();
    }

    @Override
    public void scannerConnection(boolean connected) {
        counts.device("scanner", connected);
    }
}
