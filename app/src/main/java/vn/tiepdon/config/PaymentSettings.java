package vn.tiepdon.config;

import java.util.Objects;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.api.PaymentApiSettings;

/**
 * Payments as a hospital sets them up: the account its VietQR codes pay into, and the local API through which the
 * hospital information system asks for payments and the bank-notification service reports transfers.
 */
public record PaymentSettings(PaymentAccount account, PaymentApiSettings api) {

    public PaymentSettings {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(api, "api");
    }
}
