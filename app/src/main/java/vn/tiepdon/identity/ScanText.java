package vn.tiepdon.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text-level clean-up shared by every decoder: what scanners add around a payload. */
final class ScanText {

    private static final char BOM = '\uFEFF';
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private ScanText() {
    }

    /**
     * Removes a leading byte-order mark, an AIM symbology identifier ({@code ]Q1} for QR, {@code ]C0}
     * for Code 128 …), and the terminators scanners add (CR, LF, TAB, NUL) and spaces at either end.
     * Anything inside the payload is left for the classifier to judge.
     */
    static String clean(String text) {
        int start = 0;
        int end = text.length();
        if (end > 0 && text.charAt(0) == BOM) {
            start = 1;
        }
        while (end > start && isTerminatorOrSpace(text.charAt(end - 1))) {
            end--;
        }
        // Leading terminators too: a scanner sending CRLF to a kiosk framing on CR leaves the LF
        // at the start of the next scan.
        while (start < end && isTerminatorOrSpace(text.charAt(start))) {
            start++;
        }
        if (hasAimIdentifier(text, start, end)) {
            start += 3;
        }
        return text.substring(start, end);
    }

    /**
     * An AIM identifier is {@code ]}, a symbology letter and a modifier digit or letter. No identity
     * payload starts with {@code ]}, so stripping it cannot eat real data.
     */
    private static boolean hasAimIdentifier(String text, int start, int end) {
        return end - start >= 3 && text.charAt(start) == ']'
                && Character.isLetter(text.charAt(start + 1)) && text.charAt(start + 1) < 0x80
                && Character.isLetterOrDigit(text.charAt(start + 2)) && text.charAt(start + 2) < 0x80;
    }

    private static boolean isTerminatorOrSpace(char c) {
        return c == '\r' || c == '\n' || c == '\t' || c == '\0' || c == ' ';
    }

    /**
     * The non-empty lines of a cleaned payload. A scanner in multi-code mode, or two codes read into
     * one frame, puts each code on its own line; no identity payload spans lines.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(1);
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\r' || text.charAt(i) == '\n') {
                String line = clean(text.substring(from, i));
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                from = i + 1;
            }
        }
        return lines;
    }

    /** NFC so that names compare equal however the card encoded the diacritics; single spaces. */
    static String tidy(String field) {
        String composed = Normalizer.normalize(field, Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").strip();
    }

    /**
     * True when the text holds control characters, unassigned or private-use code points,
     * lone surrogates or replacement characters: signs of a wrong code page or a damaged code.
     */
    static boolean hasUnprintable(String text) {
        return text.codePoints().anyMatch(cp -> cp == '\uFFFD' || isControlOrJunk(cp));
    }

    /** Like {@link #hasUnprintable} but lets U+FFFD through: a keyboard scan uses it for a lost letter. */
    static boolean hasControlOrJunk(String text) {
        return text.codePoints().anyMatch(ScanText::isControlOrJunk);
    }

    private static boolean isControlOrJunk(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }
}
