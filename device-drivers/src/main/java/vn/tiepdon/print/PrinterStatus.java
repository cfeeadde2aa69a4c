package vn.tiepdon.print;

/** What a printer said about itself when asked with DLE EOT. */
public enum PrinterStatus {
    READY(true),
    PAPER_NEAR_END(true),
    PAPER_OUT(false),
    COVER_OPEN(false),
    OFFLINE(false),
    /** Two-way link, but no answer in time: never taken as ready. */
    NO_ANSWER(false),
    /** One-way link (device file): status cannot be known, printing is attempted. */
    UNKNOWN_ONE_WAY(true);

    private final boolean canPrint;

    PrinterStatus(boolean canPrint) {
        this.canPrint = canPrint;
    }

    public boolean canPrint() {
        return canPrint;
    }
}
