package vn.tiepdon.identity;

/** Turns the raw bytes of one scan into an identity document or a rejection. Never throws. */
public interface IdentityReader {

    /** A scan from a scanner that sends its own bytes (virtual COM, HID-POS). */
    ScanResult read(byte[] raw);

    /**
     * A scan that arrived over {@code channel}. Readers that make no difference between channels
     * need not override this.
     */
    default ScanResult read(byte[] raw, ScanChannel channel) {
        return read(raw);
    }
}
