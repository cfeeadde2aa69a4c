package vn.tiepdon.scan.sim;

/** socat, which the scanner simulator needs for its pseudo-terminal, is not installed. */
public final class SocatMissingException extends IllegalStateException {

    public SocatMissingException() {
        super("The scanner simulator needs socat, which was not found on the PATH: "
                + ScannerSimulator.INSTALL_HINT);
    }
}
