package vn.tiepdon.indicators;

/**
 * The Department of Health's cashless indicators for a set of payments: the share of paid bills
 * paid by bank transfer, by count and by amount. Measured on transactions, never on "has a QR terminal":
 * a province once reported 100 % of facilities cashless while 5 % of payments were.
 *
 * @param paidCount     bills paid, by any method
 * @param cashlessCount of which by bank transfer (QR, or a transfer the cashier confirmed by hand)
 */
public record CashlessShare(long paidCount, long cashlessCount, long paidDong, long cashlessDong) {

    /** The one payment method that is not cashless; every other method (QR, MANUAL transfer) is. */
    public static final String CASH = "CASH";

    /** Whether a payment method (the subject of a paid event) counts as cashless. */
    public static boolean isCashless(String method) {
        return !CASH.equals(method);
    }

    /** 0–1; 0 when nothing was paid (no division by zero in a report). */
    public double byCount() {
        return paidCount == 0 ? 0 : (double) cashlessCount / paidCount;
    }

    public double byAmount() {
        return paidDong == 0 ? 0 : (double) cashlessDong / paidDong;
    }
}
