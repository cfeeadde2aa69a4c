package vn.tiepdon.payment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.indicators.CashlessShare;

/**
 * How one payment request ended, as the indicators count it: no bill content, no payer, just the
 * method, the amount and what happened.
 *
 * @param timeToPay from showing the code to the money arriving; empty unless paid by QR
 */
public record PaymentOutcome(LocalDate day, Method method, long amountDong, Result result,
                             Optional<Duration> timeToPay) {

    /**
     * QR: a bank transfer to the VietQR, confirmed by the bank's notification; CASH at the counter;
     * MANUAL: a transfer the cashier saw arrive in the bank's app and confirmed by hand, with a reason
     * (the notification was lost, or the payer typed the content wrong). QR and MANUAL are cashless: the
     * internet dropping at peak hours must not lower the hospital's cashless share.
     */
    public enum Method {
        QR, CASH, MANUAL;

        public boolean cashless() {
            return CashlessShare.isCashless(name());
        }
    }

    public enum Result { PAID, EXPIRED, CANCELLED }

    public PaymentOutcome {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(result, "result");
        if (amountDong < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amountDong);
        }
        timeToPay = timeToPay == null ? Optional.empty() : timeToPay;
    }
}
