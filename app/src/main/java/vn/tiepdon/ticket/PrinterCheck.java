package vn.tiepdon.ticket;

import java.util.Objects;
import java.util.Optional;

/**
 * What the printer said when asked between patients: whether it can print, and if not why; and whether its paper is
 * near its end, which still prints but is staff's cue to load a roll before patients are turned away.
 *
 * @param problem      empty when a ticket could be printed now
 * @param paperNearEnd the roll's near-end sensor is on (only meaningful while the printer can print)
 */
public record PrinterCheck(Optional<PrintProblem> problem, boolean paperNearEnd) {

    public static final PrinterCheck READY = new PrinterCheck(Optional.empty(), false);
    public static final PrinterCheck PAPER_NEAR_END = new PrinterCheck(Optional.empty(), true);

    public PrinterCheck {
        Objects.requireNonNull(problem, "problem");
        paperNearEnd = paperNearEnd && problem.isEmpty();
    }

    public static PrinterCheck failing(PrintProblem problem) {
        return new PrinterCheck(Optional.of(problem), false);
    }

    public boolean canPrint() {
        return problem.isEmpty();
    }
}
