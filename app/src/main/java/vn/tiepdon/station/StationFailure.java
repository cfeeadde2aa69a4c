package vn.tiepdon.station;

/**
 * A station that could not start, and which part failed: the command line turns it into one sentence for the
 * user. The cause, with its stack trace, is logged where it happened, never shown.
 */
public final class StationFailure extends RuntimeException {

    public enum Part {
        /** The kiosk's database, printer path or payments could not be opened. */
        KIOSK_PARTS,
        KIOSK_WINDOW,
        /** The payment API's port is taken by another program. */
        PAYMENT_API,
        CASHIER_WINDOW
    }

    private final Part part;

    StationFailure(Part part, Throwable cause) {
        super(String.valueOf(cause.getMessage()), cause);
        this.part = part;
    }

    public Part part() {
        return part;
    }
}
