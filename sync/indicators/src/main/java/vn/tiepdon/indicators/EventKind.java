package vn.tiepdon.indicators;

/**
 * What a kiosk counts. Each event says what happened and to what ({@code subject}); none carries a document
 * number, a name or a bill number.
 *
 * <p>Subjects: a {@link DocumentSubject} for registrations and accepted scans, a rejection reason's name for
 * rejected scans, a service code for tickets, a payment method (QR, CASH, MANUAL) for payments, a device name
 * ({@code scanner}, {@code printer}) for faults.
 */
public enum EventKind {
    /** An identity QR was read; subject: its document kind. */
    SCAN_ACCEPTED,
    /** A scan was refused; subject: the reason. */
    SCAN_REJECTED,
    /** A patient was registered; subject: the document kind or NONE; flag: 1 for the priority series. */
    REGISTRATION,
    /** A number was given; subject: the service. */
    TICKET_ISSUED,
    /** The ticket came out of the printer; subject: the service; millis: from the scan (or, without a card, choosing the service) to printed. */
    TICKET_PRINTED,
    /** The ticket could not be printed (paper out, printer off); subject: the service. */
    TICKET_FAILED,
    /** A VietQR code was shown for a bill; amount: the bill. */
    PAYMENT_REQUESTED,
    /** A bill was paid; subject: the method; amount: the bill; millis: time to pay (QR only). */
    PAYMENT_PAID,
    /** A code expired unpaid; amount: the bill. */
    PAYMENT_EXPIRED,
    /** A bill was cancelled (the patient chose to pay at the counter, or the cashier cancelled it). */
    PAYMENT_CANCELLED,
    /** A device stopped working; subject: the device. */
    DEVICE_FAULT,
    /**
     * Time a device was out of order; subject: the device; millis: the time out since the last part was counted.
     * Flag 0: the device works again (one per outage); flag 1: it is still out, counted with the running report or
     * the kiosk's stop, so that the time out goes in the same hours and days as the running time.
     */
    DEVICE_RESTORED,
    /** The kiosk went back to its start screen because nobody touched it. */
    IDLE_RESET,
    /** The kiosk program started. */
    APP_START,
    /** The kiosk program stopped normally. */
    APP_STOP,
    /**
     * The kiosk is running; millis: the running time since it was last counted. Counted every few minutes, when an
     * outage ends and when the kiosk stops (uptime is measured by these, so a crash loses at most one interval).
     */
    APP_RUNNING,
    /**
     * A ticket was printed again, marked "BẢN IN LẠI" (the first paper was lost, or never came out); subject: the
     * service; flag: 1 when the reprint did not print either.
     */
    TICKET_REPRINTED
}
