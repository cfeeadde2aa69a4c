package vn.tiepdon.queue;

/** Whether the patient holds the paper for a number. */
public enum PrintState {
    /** Recorded, print not yet confirmed; a restart turns leftovers into {@link #NOT_PRINTED}. */
    ISSUED,
    PRINTED,
    NOT_PRINTED
}
