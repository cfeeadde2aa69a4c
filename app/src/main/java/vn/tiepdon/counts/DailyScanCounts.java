package vn.tiepdon.counts;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import vn.tiepdon.identity.RejectionReason;

/**
 * Scan outcomes of one queue day, for the admin status and indicator reports: how many
 * scans were accepted, and how many were rejected for each reason (every reason present).
 */
public record DailyScanCounts(LocalDate day, int accepted, Map<RejectionReason, Integer> rejected) {

    public DailyScanCounts {
        EnumMap<RejectionReason, Integer> complete = new EnumMap<>(RejectionReason.class);
        for (RejectionReason reason : RejectionReason.values()) {
            complete.put(reason, rejected.getOrDefault(reason, 0));
        }
        rejected = Map.copyOf(complete);
    }

    public int rejected(RejectionReason reason) {
        return rejected.get(reason);
    }

    public int totalRejected() {
        return rejected.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int total() {
        return accepted + totalRejected();
    }
}
