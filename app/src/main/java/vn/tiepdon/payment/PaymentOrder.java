package vn.tiepdon.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * A bill the cashier (or the kiosk) asked the patient to pay by VietQR: the amount and the bill
 * number that the transfer's content carries, so a bank notification can be matched to it.
 * No personal data: a bill number and an amount.
 */
public record PaymentOrder(String billNumber, long amountDong, Instant createdAt, Instant expiresAt) {

    public PaymentOrder {
        Objects.requireNonNull(billNumber, "billNumber");
        if (billNumber.isBlank()) {
            throw new IllegalArgumentException("a payment order needs a bill number");
        }
        if (amountDong <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amountDong);
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an order must expire after it is created");
        }
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
