package vn.tiepdon.config;

import java.util.regex.Pattern;

/**
 * An amount of money in the settings file: whole đồng, written plain ({@code 150000}) or with the thousands grouped
 * by dots as Vietnamese writes them ({@code 150.000}, {@code 1.500.000}). Anything that could be read as having
 * decimals ({@code 150000.00}, {@code 1.5}, and {@code 150,000}, since a comma marks decimals in Vietnamese) is
 * refused rather than guessed at: a guess a hundred times off puts a wrong price on every ticket.
 */
final class DongAmount {

    /** The most a VietQR amount (field 54, 13 characters) can carry, kept to whole đồng. */
    static final long MAX = 999_999_999_999L;

    // At most 18 digits either way, so reading them never overflows; the range is checked after.
    private static final Pattern PLAIN = Pattern.compile("[0-9]{1,18}");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3}){1,5}");
    private static final String EXAMPLE = "write whole đồng, e.g. 150000 or 150.000";

    private DongAmount() {
    }

    static long parse(String key, String text) throws SettingsException {
        String amount = text.strip();
        if (PLAIN.matcher(amount).matches()) {
            return checked(key, text, Long.parseLong(amount));
        }
        if (GROUPED.matcher(amount).matches()) {
            return checked(key, text, Long.parseLong(amount.replace(".", "")));
        }
        if (amount.matches("[0-9.,]+") && (amount.contains(",") || amount.contains("."))) {
            throw new SettingsException(key, "'" + text + "' has decimals (a comma, or a dot not followed by three"
                    + " digits); prices are whole đồng: " + EXAMPLE);
        }
        throw new SettingsException(key, "'" + text + "' must be a whole number of đồng: " + EXAMPLE);
    }

    private static long checked(String key, String text, long dong) throws SettingsException {
        if (dong > MAX) {
            throw new SettingsException(key, text + " is more than a VietQR amount can carry");
        }
        return dong;
    }
}
