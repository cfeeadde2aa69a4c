package vn.tiepdon.payment;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The hospital's receiving account, as every code the cashier or the kiosk shows names it, and how long
 * such a code may be paid.
 *
 * @param bin              the bank's 6-digit NAPAS BIN
 * @param account          the account number (or card number, with {@link ServiceCode#CARD})
 * @param merchantCategory field 52; {@link #HOSPITALS} when the account is a merchant account, empty otherwise
 * @param validity         how long a code may be paid before its order expires
 */
public record PaymentAccount(String bin, String account, ServiceCode service, Optional<String> merchantCategory,
                             Duration validity) {

    /** ISO 18245 merchant category "Hospitals". */
    public static final String HOSPITALS = "8062";

    public PaymentAccount {
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(validity, "validity");
        merchantCategory = merchantCategory == null ? Optional.empty() : merchantCategory;
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
    }

    /**
     * The dynamic code for one bill. The memo carries the bill number: banks pass the memo on as the
     * transfer content, which is all a notification has to match the bill by.
     */
    public PaymentRequest requestFor(long amountDong, String billNumber, String purpose) {
        PaymentRequest request = PaymentRequest.toAccount(bin, account)
                .withService(service)
                .withAmount(amountDong)
                .withBillNumber(billNumber)
                .withPurpose(memo(billNumber, purpose == null ? "" : purpose));
        return merchantCategory.map(request::withMerchantCategory).orElse(request);
    }

    /**
     * The bill number goes into the memo as letters and digits only: the memo allows no punctuation, and banks
     * strip it anyway, which is why notifications are matched on letters and digits ({@link PaymentMatcher}).
     * The purpose after it is shortened at a word to the memo's {@value VietQr#TEXT_LIMIT} characters: the bill
     * number is what must reach the bank, the rest is a courtesy.
     */
    static String memo(String bill, String purpose) {
        String memo = Diacritics.strip(purpose).trim().replaceAll("\\s+", " ");
        String compact = bill.replaceAll("[^A-Za-z0-9]", "");
        String memoCompact = memo.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        if (memoCompact.contains(compact.toUpperCase(Locale.ROOT)) && memo.length() <= VietQr.TEXT_LIMIT) {
            return memo;
        }
        String words = memo.replaceAll("[^A-Za-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
        String full = (compact + " " + words).trim();
        if (full.length() <= VietQr.TEXT_LIMIT) {
            return full;
        }
        String cut = full.substring(0, VietQr.TEXT_LIMIT + 1);
        int lastSpace = cut.lastIndexOf(' ');
        return lastSpace >= compact.length() ? cut.substring(0, lastSpace) : compact;
    }
}
