package vn.tiepdon.identity;

import java.util.Locale;

/**
 * Recognises what a scanner typing as a keyboard does to Vietnamese text: letters outside ASCII
 * dropped ({@code Nguyn Vn An}), typed as {@code ?}, or turned into U+FFFD.
 *
 * <p>The rule for a CCCD read from the keyboard channel: the numbers and dates are ASCII and arrive
 * intact, so they are checked as strictly as ever. The name is marked unverified when
 * <ul>
 *   <li>it holds {@code ?} or U+FFFD (on any channel: no name contains them), or</li>
 *   <li>the sex field reads as a damaged {@code Nữ} ({@code N}, {@code N?}, {@code Nu} …), or</li>
 *   <li>no Vietnamese letter beyond ASCII survived anywhere in the name or address, and the sex field
 *       is not an intact {@code Nữ}: nothing shows the keyboard path carried diacritics, so letters
 *       may have been dropped silently. Real addresses almost always carry some (Phường, Quận, Hà Nội).</li>
 * </ul>
 * A damaged {@code Nữ} still counts as female and is still checked against the ID number's
 * century-and-sex digit: {@code Nam} is pure ASCII and survives any keyboard, so an {@code N}-word
 * that is not {@code Nam} can only be {@code Nữ}.
 */
final class KeyboardLoss {

    private static final String LOST_LETTER_MARKS = "?\uFFFDuư";

    private KeyboardLoss() {
    }

    /** True for the text a keyboard makes of {@code Nữ} when it cannot type {@code ữ}. */
    static boolean isDamagedFemale(String sexField) {
        String lower = sexField.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.length() > 3 || lower.charAt(0) != 'n' || lower.equals("nữ")) {
            return false;
        }
        for (int i = 1; i < lower.length(); i++) {
            if (LOST_LETTER_MARKS.indexOf(lower.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean hasLostLetterMarks(String text) {
        return text.indexOf('?') >= 0 || text.indexOf('\uFFFD') >= 0;
    }

    /**
     * Whether a name read from the keyboard channel must be checked at the counter.
     *
     * @param sexIntactFemale the sex field read exactly {@code Nữ}
     * @param sexDamaged      the sex field was a damaged {@code Nữ}
     */
    static boolean nameUnverified(String name, String address, boolean sexIntactFemale, boolean sexDamaged) {
        if (sexDamaged || hasLostLetterMarks(name)) {
            return true;
        }
        boolean diacriticsSurvived = sexIntactFemale
                || VietnameseLetters.containsVietnameseNonAscii(name)
                || VietnameseLetters.containsVietnameseNonAscii(address);
        return !diacriticsSurvived;
    }
}
