package vn.tiepdon.kiosk;

import java.util.Objects;

/** A change to a payment order as the kiosk's paying screen needs it: which bill, and where it stands now. */
public record BillUpdate(String billNumber, Status status, long receivedDong) {

    /** OPEN still waits; PAID and SHORT_PAID are the bank's answer; CLOSED expired or was cancelled. */
    public enum Status { OPEN, PAID, SHORT_PAID, CLOSED }

    public BillUpdate {
        Objects.requireNonNull(billNumber, "billNumber");
        Objects.requireNonNull(status, "status");
    }
}
