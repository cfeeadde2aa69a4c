package vn.tiepdon.identity;

/**
 * Which code page a serial scanner sends, as a setting. {@link #AUTO} suits almost every kiosk;
 * the fixed choices are for a scanner whose output AUTO would misread.
 */
public enum ScanEncoding {
    /** UTF-8, repaired UTF-8 mojibake, or Windows-1258 when the bytes are not UTF-8 (see {@link AutoDetectDecoder}). */
    AUTO,
    /** Strict UTF-8 only. */
    UTF8,
    /** Windows-1258 (Vietnamese ANSI code page) only. */
    WINDOWS_1258;

    public ScanTextDecoder decoder() {
        return switch (this) {
            case AUTO -> new AutoDetectDecoder();
            case UTF8 -> new StrictUtf8Decoder();
            case WINDOWS_1258 -> new Windows1258Decoder();
        };
    }
}
