package vn.tiepdon.payment;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a VietQR transfer code asks for. Checked only when encoded ({@link VietQr#encode}), so that one place
 * owns the rules and a form can hold a half-typed request.
 *
 * @param bin          the beneficiary bank's 6-digit NAPAS BIN
 * @param account      account number ({@link ServiceCode#ACCOUNT}) or card number ({@link ServiceCode#CARD})
 * @param amount       whole đồng; empty makes a static (reusable) code where the payer types the amount
 * @param billNumber   field 62/01
 * @param purpose      field 62/08, the transfer memo bank apps pre-fill; diacritics are stripped when encoded
 * @param merchantCategory ISO 18245 code for field 52, e.g. 8062 hospitals
 */
public record PaymentRequest(String bin, String account, ServiceCode service, OptionalLong amount,
        Optional<String> billNumber, Optional<String> purpose, Optional<String> merchantCategory) {

    public PaymentRequest {
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(billNumber, "billNumber");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(merchantCategory, "merchantCategory");
    }

    /** A static transfer to an account, nothing else set; add the rest with the {@code with…} methods. */
    public static PaymentRequest toAccount(String bin, String account) {
        return new PaymentRequest(bin, account, ServiceCode.ACCOUNT, OptionalLong.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public PaymentRequest withService(ServiceCode newService) {
        return new PaymentRequest(bin, account, newService, amount, billNumber, purpose, merchantCategory);
    }

    public PaymentRequest withAmount(long dong) {
        return new PaymentRequest(bin, account, service, OptionalLong.of(dong), billNumber, purpose, merchantCategory);
    }

    public PaymentRequest withBillNumber(String bill) {
        return new PaymentRequest(bin, account, service, amount, Optional.of(bill), purpose, merchantCategory);
    }

    public PaymentRequest withPurpose(String memo) {
        return new PaymentRequest(bin, account, service, amount, billNumber, Optional.of(memo), merchantCategory);
    }

    public PaymentRequest withMerchantCategory(String mcc) {
        return new PaymentRequest(bin, account, service, amount, billNumber, purpose, Optional.of(mcc));
    }
}
