package vn.tiepdon.payment;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The account a transfer came from, as a bank statement shows it: six stars and the last four characters
 * ({@code ******1234}). Enough for a cashier to check a refund goes back to the right sender; the full number is
 * personal data the hospital does not need, so it is masked where the notification is read and never kept. Six
 * stars whatever the length, so the mask does not tell the length either.
 *
 * @param shown the masked form; the constructor refuses anything else, so a full number cannot be held here
 */
public record MaskedAccount(String shown) {

    /** Letters too: wallets' and banks' virtual accounts carry them (NAPAS allows up to 19 characters). */
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9]{6,19}");
    private static final Pattern MASKED = Pattern.compile("\\*{6}[A-Za-z0-9]{4}");
    private static final String STARS = "******";
    private static final int KEPT = 4;

    public MaskedAccount {
        Objects.requireNonNull(shown, "shown");
        if (!MASKED.matcher(shown).matches()) {
            throw new IllegalArgumentException("not a masked account: six stars and four letters or digits");
        }
    }

    /**
     * Masks an account number as the bank reported it; spaces between groups of digits are ignored.
     *
     * @return empty when it is not an account number: 6 to 19 letters or digits
     */
    public static Optional<MaskedAccount> of(String account) {
        String compact = account == null ? "" : account.replace(" ", "");
        if (!ACCOUNT.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new MaskedAccount(STARS + compact.substring(compact.length() - KEPT)));
    }

    @Override
    public String toString() {
        return shown;
    }
}
