package vn.tiepdon.cli;

/**
 * A failure the CLI explains in one line, in Vietnamese and English, with a meaningful exit code.
 * The message is already translated: {@code "vi / en"}.
 */
public final class UserError extends RuntimeException {

    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
