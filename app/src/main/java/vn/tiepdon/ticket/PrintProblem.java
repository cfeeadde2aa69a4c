package vn.tiepdon.ticket;

/**
 * Why a ticket did not print. Each has a message for the patient under
 * {@code print.problem.<CODE>} in the resource bundle.
 */
public enum PrintProblem {
    PAPER_OUT,
    COVER_OPEN,
    OFFLINE,
    NO_ANSWER,
    /** The printer could not be reached or the connection broke mid-job. */
    UNREACHABLE
}
