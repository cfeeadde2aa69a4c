package vn.tiepdon.payment;

import java.util.Collection;

/**
 * The Department of Health's cashless indicators for a set of payments: the share of paid bills
 * paid by bank transfer, by count and by amount. Measured on transactions, never on "has a QR terminal":
 * a province once reported 100 % of facilities cashless while 5 % of payments were.
 *
 * @param paidCount    bills paid, by any method
 * @param cashlessCount of which by bank transfer (QR, or a transfer the cashier confirmed by hand)
 */
public record CashlessShare(long paidCount, long cashlessCount, long paidDong, long cashlessDong) {

    public static CashlessShare of(Collection<PaymentOutcome> outcomes) {
        long paidCount = 0;
        long cashlessCount = 0;
        long paidDong = 0;
        long cashlessDong = 0;
        for (PaymentOutcome outcome : outcomes) {
            if (outcome.result() != PaymentOutcome.Result.PAID) {
                continue;
            }
            paidCount++;
            paidDong += outcome.amountDong();
            if (outcome.method().cashless()) {
                cashlessCount++;
                cashlessDong += outcome.amountDong();
            }
        }
        return new CashlessShare(paidCount, cashlessCount, paidDong, cashlessDong);
    }

    /** 0–1; 0 when nothing was paid (no division by zero in a report). */
    public double byCount() {
        return paidCount == 0 ? 0 : (double) cashlessCount / paidCount;
    }

    public double byAmount() {
        return paidDong == 0 ? 0 : (double) cashlessDong / paidDong;
    }
}
