package vn.tiepdon.kiosk;

import java.util.EnumMap;
import java.util.Map;
import vn.tiepdon.counts.ScanCounter;
import vn.tiepdon.identity.RejectionReason;

public final class CountingScanCounter implements ScanCounter {

    private int accepted;
    private int idleResets;
    private final Map<RejectionReason, Integer> rejected = new EnumMap<>(RejectionReason.class);

    @Override
    public synchronized void accepted(vn.tiepdon.identity.DocumentKind kind) {
        accepted++;
    }

    @Override
    public synchronized void rejected(RejectionReason reason) {
        rejected.merge(reason, 1, Integer::sum);
    }

    @Override
    public synchronized void idleReset() {
        idleResets++;
    }

    public synchronized int idleResets() {
        return idleResets;
    }

    public synchronized int acceptedCount() {
        return accepted;
    }

    public synchronized int rejectedCount(RejectionReason reason) {
        return rejected.getOrDefault(reason, 0);
    }

    public synchronized String summary() {
        return "accepted=" + accepted + " rejected=" + rejected;
    }
}
