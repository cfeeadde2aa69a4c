package vn.tiepdon.sync.protocol;

/**
 * The only text a batch may carry: short ASCII codes (a kiosk id, a facility code, an event kind, a subject such as a
 * service code or a reason). No spaces, no letters outside ASCII, and never a run of nine digits or more, so that a
 * name, a sentence, a citizen-ID (12 digits), an old ID card (9) or an insurance number cannot pass as a code.
 */
public final class Codes {

    /** Nine digits in a row: the shortest personal number (an old ID card). */
    private static final int LONG_NUMBER = 9;

    private Codes() {
    }

    /** {@code text} if it is a code of at most {@code maxLength} characters (at least one unless {@code mayBeEmpty}). */
    public static String require(String field, String text, int maxLength, boolean mayBeEmpty) {
        if (text == null) {
            throw new BatchRejected(BatchRejected.Reason.MALFORMED, field + " is missing");
        }
        if (text.isEmpty() && !mayBeEmpty || text.length() > maxLength) {
            throw new BatchRejected(BatchRejected.Reason.MALFORMED,
                    field + " must be 1–" + maxLength + " characters, was " + text.length());
        }
        if (!isCode(text)) {
            // Say which field, never the value: it may be exactly the personal data being kept out.
            throw new BatchRejected(BatchRejected.Reason.MALFORMED,
                    field + " must be a short code (letters A–Z, digits, _ : . -; no long numbers)");
        }
        return text;
    }

    /**
     * Letters A–Z and a–z, digits, {@code _ : . -}, and no run of nine digits. Checked character by character
     * rather than by two regular expressions: a batch has ~600 codes, and this check was the costliest part of
     * reading one.
     */
    private static boolean isCode(String text) {
        int digitsInARow = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digitsInARow >= LONG_NUMBER) {
                    return false;
                }
                continue;
            }
            digitsInARow = 0;
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == ':' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
