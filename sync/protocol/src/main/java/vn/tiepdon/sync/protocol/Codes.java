package vn.tiepdon.sync.protocol;

import java.util.regex.Pattern;

/**
 * The only text a batch may carry: short ASCII codes (a kiosk id, a facility code, an event kind, a subject such as a
 * service code or a reason). No spaces, no letters outside ASCII, and never a run of nine digits or more, so that a
 * name, a sentence, a citizen-ID (12 digits), an old ID card (9) or an insurance number cannot pass as a code.
 */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_:.-]*");
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{9}");

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
        if (!CODE.matcher(text).matches() || LONG_NUMBER.matcher(text).find()) {
            // Say which field, never the value: it may be exactly the personal data being kept out.
            throw new BatchRejected(BatchRejected.Reason.MALFORMED,
                    field + " must be a short code (letters A–Z, digits, _ : . -; no long numbers)");
        }
        return text;
    }
}
