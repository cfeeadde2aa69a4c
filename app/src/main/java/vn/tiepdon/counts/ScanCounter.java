package vn.tiepdon.counts;

import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.RejectionReason;

/**
 * What the kiosk flow counts as it goes: scans by outcome, and returns to the start screen for want of a touch.
 * Counts only: no ID number, no name.
 */
public interface ScanCounter {

    /** An accepted scan of this kind of document. */
    void accepted(DocumentKind kind);

    void rejected(RejectionReason reason);

    /** The kiosk went back to its start screen because nobody touched it. */
    default void idleReset() {
    }

    /** The scanner was found connected or not (repeated states are harmless: only changes count). */
    default void scannerConnection(boolean connected) {
    }
}
