package vn.tiepdon.counts;

import vn.tiepdon.identity.RejectionReason;

/** Counts scans by outcome, per day. Counts only: no ID number, no name. */
public interface ScanCounter {

    void accepted();

    void rejected(RejectionReason reason);
}
