package vn.tiepdon.ticket;

import vn.tiepdon.queue.IssuedTicket;

/**
 * The result of issuing (or reprinting) a ticket. The number is always recorded;
 * {@code problem} is null when the paper came out.
 */
public record IssueOutcome(IssuedTicket ticket, PrintProblem problem) {

    public boolean printed() {
        return problem == null;
    }
}
