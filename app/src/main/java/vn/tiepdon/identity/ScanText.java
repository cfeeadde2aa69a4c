package vn.tiepdon.identity;

/** Text-level clean-up shared by every decoder: what scanners add around a payload. */
final class ScanText {

    private static final char BOM = '\uFEFF';

    private ScanText() {
    }

    /**
     * Removes a leading byte-order mark, and the terminators scanners add (CR, LF, TAB, NUL)
     * and spaces at either end. Anything inside the payload is left for the classifier to judge.
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
        return text.substring(start, end);
    }

    private static boolean isTerminatorOrSpace(char c) {
        return c == '\r' || c == '\n' || c == '\t' || c == '\0' || c == ' ';
    }

    /**
     * True when the text holds control characters, unassigned or private-use code points,
     * lone surrogates or replacement characters: signs of a wrong code page or a damaged code.
     */
    static boolean hasUnprintable(String text) {
        return text.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return cp == '\uFFFD'
                    || type == Character.CONTROL
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE;
        });
    }
}
