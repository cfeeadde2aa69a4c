package vn.tiepdon.cashier;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.VietnameseAmount;

/**
 * A bill on the cashier's list: waiting for money, or short paid and waiting for the cashier.
 *
 * @param receivedDong what arrived, for a short-paid bill
 */
public record WaitingRow(String billNumber, long amountDong, OrderStatus status, OptionalLong receivedDong,
                         Instant expiresAt) {

    public WaitingRow {
        Objects.requireNonNull(billNumber, "billNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedDong, "receivedDong");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    static WaitingRow of(TrackedOrder order) {
        return new WaitingRow(order.billNumber(), order.order().amountDong(), order.status(), order.receivedDong(),
                order.order().expiresAt());
    }

    /** Less arrived than asked: the cashier has to collect the rest or cancel. */
    public boolean shortPaid() {
        return status == OrderStatus.SHORT_PAID;
    }

    /**
     * The row as the cashier reads it: bill, amount and time left, or, flagged, what arrived and what is missing.
     */
    public Bilingual describe(CashierTexts texts, Instant now) {
        String amount = VietnameseAmount.digits(amountDong);
        if (shortPaid()) {
            long received = receivedDong.orElse(0);
            return texts.get("cashier.rowShort", billNumber, amount, VietnameseAmount.digits(received),
                    VietnameseAmount.digits(Math.max(0, amountDong - received)));
        }
        return texts.get("cashier.row", billNumber, amount, Countdown.mmss(Duration.between(now, expiresAt)));
    }
}
