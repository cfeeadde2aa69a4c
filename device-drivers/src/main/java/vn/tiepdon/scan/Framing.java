package vn.tiepdon.scan;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the scanner marks the end of one scan. Must match the suffix configured in the scanner
 * (most serial scanners ship with CR, some with CRLF or LF); GAP is for scanners that send no
 * suffix at all, where a short silence ends the scan.
 */
public enum Framing {
    CR(new byte[] {'\r'}),
    LF(new byte[] {'\n'}),
    CRLF(new byte[] {'\r', '\n'}),
    GAP(new byte[0]);

    private final byte[] terminator;

    Framing(byte[] terminator) {
        this.terminator = terminator;
    }

    /** The bytes a scanner appends after each scan; empty for {@link #GAP}. */
    public byte[] terminator() {
        return terminator.clone();
    }

    /**
     * Reads a framing from a configuration value, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the accepted values, so a typo in the settings file is easy to fix
     */
    public static Framing parse(String text) {
        if (text != null) {
            String wanted = text.strip().toUpperCase(Locale.ROOT);
            for (Framing framing : values()) {
                if (framing.name().equals(wanted)) {
                    return framing;
                }
            }
        }
        String accepted = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "Unknown scanner framing '" + text + "'; use one of " + accepted);
    }
}
