package vn.tiepdon.sync.protocol;

/** A batch the server must refuse, with the reason a kiosk and its IT staff can act on. */
public final class BatchRejected extends RuntimeException {

    public enum Reason {
        /** Not JSON, a field missing or of the wrong kind, a value out of range, text that is not a code. */
        MALFORMED,
        /** More bytes or days than {@link SyncProtocol} allows in one batch. */
        TOO_LARGE,
        /** A protocol version this server does not know yet. */
        UNSUPPORTED_VERSION
    }

    private final Reason reason;

    public BatchRejected(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
