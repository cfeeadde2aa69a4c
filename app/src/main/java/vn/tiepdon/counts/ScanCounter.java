package vn.tiepdon.counts;

import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.RejectionReason;

/**
 * What the kiosk flow counts as it goes: scans by outcome, and returns to the start screen for want of a touch.
 * Counts only: no ID number, no name.
 */
public interface ScanCounter {

    void accepted();

    void rejected(RejectionReason reason);

    /** An accepted scan of this kind of document; a counter that keeps no kinds counts it as {@link #accepted()}. */
    default void accepted(DocumentKind kind) {
        accepted();
    }

    /** The kiosk went back to its start screen because nobody touched it. */
    default void idleReset() {
    }

    /** The scanner was found connected or not (repeated states are harmless: only changes count). */
    default void scannerConnection(boolean connected) {
    }
}
