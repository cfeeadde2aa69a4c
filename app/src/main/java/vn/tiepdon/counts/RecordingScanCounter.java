package vn.tiepdon.counts;

import java.util.Objects;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.RejectionReason;

/** Counts the flow's scans and idle resets twice over: in the day's scan counts, and as events for the indicators. */
public final class RecordingScanCounter implements ScanCounter {

    private final ScanCounter daily;
    private final KioskCounts counts;

    public RecordingScanCounter(ScanCounter daily, KioskCounts counts) {
        this.daily = Objects.requireNonNull(daily, "daily");
        this.counts = Objects.requireNonNull(counts, "counts");
    }

    @Override
    public void accepted() {
        daily.accepted();
    }

    @Override
    public void accepted(DocumentKind kind) {
        daily.accepted();
        counts.scanAccepted(kind);
    }

    @Override
    public void rejected(RejectionReason reason) {
        daily.rejected(reason);
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
