package vn.tiepdon.cashier;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * An amount as a cashier types it: "150000", "150.000", "150,000", "150 000 đ". Đồng have no minor unit, so dots
 * and commas are only ever thousands separators.
 */
public final class AmountInput {

    /** More digits than any VietQR amount (13 characters) can carry; longer input is not a number of đồng. */
    private static final int MAX_DIGITS = 13;

    private AmountInput() {
    }

    /** @return empty when the text is not a whole number of đồng */
    public static OptionalLong parse(String typed) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String text = typed.strip().toLowerCase(Locale.ROOT);
        for (String unit : new String[] {"vnd", "đồng", "đ", "d"}) {
            if (text.endsWith(unit)) {
                text = text.substring(0, text.length() - unit.length()).strip();
                break;
            }
        }
        String digits = text.replaceAll("[.,\\s\\u00a0]", "");
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(Character::isDigit)
                || !text.matches("[0-9]{1,3}([.,\\s\\u00a0]?[0-9]{3})*|[0-9]+")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }
}
