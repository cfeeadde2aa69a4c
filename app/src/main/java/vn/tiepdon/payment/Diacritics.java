package vn.tiepdon.payment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text to plain ASCII letters: EMVCo ANS fields allow no diacritics, and people type them anyway. */
public final class Diacritics {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Diacritics() {
    }

    /** "Thanh toán viện phí Đợt 2" → "Thanh toan vien phi Dot 2". đ/Đ have no decomposition, so they are mapped by hand. */
    public static String strip(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    /** For searching: no diacritics, lower case, single spaces. */
    public static String fold(String text) {
        return strip(text).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
