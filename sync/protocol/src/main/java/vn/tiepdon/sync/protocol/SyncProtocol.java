package vn.tiepdon.sync.protocol;

/** The constants both sides of sync/PROTOCOL.md agree on. */
public final class SyncProtocol {

    /** The version this code speaks; a server refuses a higher one, so an old server never half-reads a new batch. */
    public static final int VERSION = 1;

    /** Where a kiosk posts its batches (HTTP Bearer token of the kiosk). */
    public static final String BATCHES_PATH = "/api/v1/batches";

    /** The most a server reads of one body: a month of a busy kiosk's totals is ~0.5 MB. */
    public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    /** The most days in one batch; a client with more to send sends several batches in the same cycle. */
    public static final int MAX_DAYS = 31;

    public static final int MAX_KIOSK_ID = 32;
    public static final int MAX_FACILITY = 16;
    public static final int MAX_KIND = 40;
    public static final int MAX_SUBJECT = 40;

    private SyncProtocol() {
    }
}
