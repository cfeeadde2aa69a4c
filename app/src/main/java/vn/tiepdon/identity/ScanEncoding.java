package vn.tiepdon.identity;

import java.util.Locale;
import java.util.Optional;

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

    /**
     * The encoding a settings value names: {@code auto}, {@code utf-8}/{@code utf8}, or
     * {@code windows-1258}/{@code cp1258}, in any case; empty for anything else, so that the
     * settings loader can report the line instead of guessing.
     */
    public static Optional<ScanEncoding> fromSetting(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "auto" -> Optional.of(AUTO);
            case "utf-8", "utf8" -> Optional.of(UTF8);
            case "windows-1258", "cp1258" -> Optional.of(WINDOWS_1258);
            default -> Optional.empty();
        };
    }

    public ScanTextDecoder decoder() {
        return switch (this) {
            case AUTO -> new AutoDetectDecoder();
            case UTF8 -> new StrictUtf8Decoder();
            case WINDOWS_1258 -> new Windows1258Decoder();
        };
    }
}
