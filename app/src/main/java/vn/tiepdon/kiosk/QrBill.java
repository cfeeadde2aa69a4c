package vn.tiepdon.kiosk;

import java.time.Instant;
import java.util.Objects;

/**
 * A VietQR code the kiosk shows for one service: what a patient's banking app reads and what the screen says
 * around it. Bill number and amount only: the payer is never named.
 *
 * @param payload  the text in the QR symbol, exactly as the payment desk stored it
 * @param bankName the receiving bank as patients know it (e.g. Vietcombank)
 * @param deadline when the kiosk stops waiting for this code: the order's expiry, capped for a lobby
 */
public record QrBill(String billNumber, long amountDong, String payload, String bankName, Instant deadline) {

    public QrBill {
        Objects.requireNonNull(billNumber, "billNumber");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(bankName, "bankName");
        Objects.requireNonNull(deadline, "deadline");
    }
}
