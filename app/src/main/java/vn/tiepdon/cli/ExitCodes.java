package vn.tiepdon.cli;

/** What the CLI's exit codes mean, for scripts at the reception desk and for IT. */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** Something went wrong that the input did not cause: printer unreachable, disk full, bad settings file. */
    public static final int FAILED = 1;
    /** The input was rejected: not an ID document, a bad option, an unknown service. */
    public static final int REJECTED = 2;

    private ExitCodes() {
    }
}
