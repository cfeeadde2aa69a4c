package vn.tiepdon.identity;

import java.text.Normalizer;

/**
 * What Vietnamese text may contain beyond ASCII: the Latin letters with the marks the alphabet
 * uses (circumflex, breve, horn, the five tones) and đ/Đ. Used to tell a plausible Vietnamese
 * decoding from a wrong code page, which yields symbols and foreign letters instead.
 */
final class VietnameseLetters {

    /** Circumflex, breve, horn and the tone marks grave, acute, tilde, hook above, dot below. */
    private static final String MARKS = "\u0302\u0306\u031B\u0300\u0301\u0303\u0309\u0323";

    private VietnameseLetters() {
    }

    /** True when the character (NFC) is a Vietnamese letter outside ASCII, e.g. ễ, Ư, đ. */
    static boolean isVietnameseNonAscii(int codePoint) {
        if (codePoint < 0x80) {
            return false;
        }
        if (codePoint == 'đ' || codePoint == 'Đ') {
            return true;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
        if (decomposed.length() < 2 || !isAsciiLetter(decomposed.charAt(0))) {
            return false;
        }
        for (int i = 1; i < decomposed.length(); i++) {
            if (MARKS.indexOf(decomposed.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** True when some character of the text is a Vietnamese letter outside ASCII. */
    static boolean containsVietnameseNonAscii(String text) {
        return text.codePoints().anyMatch(VietnameseLetters::isVietnameseNonAscii);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
