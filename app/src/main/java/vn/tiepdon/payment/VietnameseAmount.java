package vn.tiepdon.payment;

import java.util.Locale;

/**
 * A bill amount in đồng as the customer display and receipts show it: in digits ({@code "150.000 đ"}) and in
 * Vietnamese words ({@code "Một trăm năm mươi nghìn đồng"}), so that a patient can check the amount before paying.
 *
 * <p>The words follow the reading used on Vietnamese invoices:
 * <ul>
 *   <li>groups of three digits with the units nghìn, triệu, tỷ; amounts of a thousand tỷ or more read the number
 *       of tỷ the same way ("một nghìn tỷ", "một nghìn năm trăm tỷ"), as people say them;</li>
 *   <li>"nghìn", the standard (Northern) form printed on invoices, not the Southern "ngàn";</li>
 *   <li>"mười" for a tens digit of 1 and "mươi" for 2 to 9;</li>
 *   <li>"mốt" for a units 1 after a tens digit of 2 or more ("hai mươi mốt"), but "một" after "mười"
 *       ("mười một");</li>
 *   <li>"lăm" for a units 5 after any non-zero tens digit ("mười lăm", "hai mươi lăm"), "năm" otherwise;</li>
 *   <li>"bốn" for a units 4 everywhere: "tư" after a tens digit of 2 or more ("hai mươi tư") is regional, and
 *       "bốn" is never misread;</li>
 *   <li>"linh" for a zero tens digit between hundreds and a non-zero units digit ("một trăm linh năm");</li>
 *   <li>groups that are zero are left out ("một triệu đồng"), and a group after the first one always reads its
 *       hundreds, "không trăm" included ("một nghìn không trăm hai mươi"), so no digit is silently lost.</li>
 * </ul>
 * Pure: no I/O, no locale lookups, safe to call from any thread.
 */
public final class VietnameseAmount {

    /** Largest amount read: 999 nghìn tỷ, far above any hospital bill and within what a {@code long} holds. */
    public static final long MAX = 999_999_999_999_999L;

    private static final long BILLION = 1_000_000_000L;
    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    private VietnameseAmount() {
    }

    /** The amount in Vietnamese words, capitalised and ending in " đồng"; 0 is "Không đồng". */
    public static String inWords(long dong) {
        checkRange(dong);
        if (dong == 0) {
            return "Không đồng";
        }
        StringBuilder words = new StringBuilder();
        long billions = dong / BILLION;
        long rest = dong % BILLION;
        if (billions > 0) {
            appendBelowBillion(words, billions, true);
            words.append(" tỷ");
        }
        if (rest > 0) {
            appendBelowBillion(words, rest, billions == 0);
        }
        words.append(" đồng");
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The amount in digits with a dot between thousands, as Vietnamese receipts print it: "150.000 đ". */
    public static String digits(long dong) {
        checkRange(dong);
        String plain = Long.toString(dong);
        StringBuilder grouped = new StringBuilder(plain.length() + plain.length() / 3 + 2);
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.append(" đ").toString();
    }

    private static void checkRange(long dong) {
        if (dong < 0 || dong > MAX) {
            throw new IllegalArgumentException(
                    "amount must be between 0 and 999.999.999.999.999 đồng, was " + dong);
        }
    }

    /**
     * Appends 1 to 999,999,999 as triệu / nghìn / units groups. {@code leading} is false when a larger unit was
     * already read, so that even the first group here reads its hundreds ("một tỷ không trăm linh năm").
     */
    private static void appendBelowBillion(StringBuilder words, long amount, boolean leading) {
        int[] groups = {(int) (amount / 1_000_000), (int) (amount / 1_000 % 1_000), (int) (amount % 1_000)};
        String[] units = {" triệu", " nghìn", ""};
        boolean first = leading;
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            if (!words.isEmpty()) {
                words.append(' ');
            }
            appendGroup(words, groups[i], !first);
            words.append(units[i]);
            first = false;
        }
    }

    /** Appends 1 to 999; {@code withHundreds} reads "không trăm" when the hundreds digit is zero. */
    private static void appendGroup(StringBuilder words, int group, boolean withHundreds) {
        int hundreds = group / 100;
        int tens = group / 10 % 10;
        int units = group % 10;
        boolean saidHundreds = hundreds > 0 || withHundreds;
        if (saidHundreds) {
            words.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                words.append(saidHundreds ? " linh " : "").append(DIGITS[units]);
            }
            return;
        }
        if (saidHundreds) {
            words.append(' ');
        }
        words.append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
        if (units == 1 && tens >= 2) {
            words.append(" mốt");
        } else if (units == 5) {
            words.append(" lăm");
        } else if (units > 0) {
            words.append(' ').append(DIGITS[units]);
        }
    }
}
