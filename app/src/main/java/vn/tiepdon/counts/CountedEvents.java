package vn.tiepdon.counts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.indicators.DocumentSubject;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.payment.OrderChange;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.queue.PrintState;

/**
 * Which event each counted happening is: the one place that decides kind, subject and flag, so the indicators'
 * definitions (docs/INDICATORS.md) hold whichever store writes them. Pure: the store calls these inside the
 * transaction that makes the change.
 *
 * <p>A ticket's print outcome is counted on every change of its print state, so that the counts always equal the
 * ledger: {@code TICKET_PRINTED} flag 0 and {@code TICKET_FAILED} flag 0 are a ticket's first outcome;
 * {@code TICKET_PRINTED} flag 1 is a ticket printed after it had not been (a reprint), {@code TICKET_FAILED} flag 1 a
 * printed ticket whose reprint failed. Printed now = printed − failed(flag 1); not printed = failed − printed(flag 1).
 */
public final class CountedEvents {

    private CountedEvents() {
    }

    public static KioskEvent ticketIssued(String kioskId, Instant at, String series) {
        return KioskEvent.of(kioskId, at, EventKind.TICKET_ISSUED, series);
    }

    /**
     * @param patientStarted when the patient began; a first print carries the time from there to {@code at}
     * @return nothing when the state does not change
     */
    public static Optional<KioskEvent> printOutcome(String kioskId, Instant at, String series, PrintState before,
                                                    PrintState after, Optional<Instant> patientStarted) {
        if (before == after || after == PrintState.ISSUED) {
            return Optional.empty();
        }
        boolean first = before == PrintState.ISSUED;
        if (after == PrintState.NOT_PRINTED) {
            return Optional.of(KioskEvent.of(kioskId, at, EventKind.TICKET_FAILED, series).withFlag(!first));
        }
        KioskEvent printed = KioskEvent.of(kioskId, at, EventKind.TICKET_PRINTED, series).withFlag(!first);
        if (first && patientStarted.isPresent()) {
            printed = printed.withMillis(Math.max(0, Duration.between(patientStarted.get(), at).toMillis()));
        }
        return Optional.of(printed);
    }

    public static KioskEvent registration(String kioskId, Instant at, Optional<DocumentKind> document,
                                          boolean priority) {
        return KioskEvent.of(kioskId, at, EventKind.REGISTRATION, subject(document)).withFlag(priority);
    }

    /**
     * What a payment order change counts, if anything: a new order is a request (a code shown again as a fresh
     * order is one; the same open code shown again is no change at all); paid, by its method, with the time from
     * the order to the money for QR; expired; cancelled. A short payment counts nothing until the bill is paid or
     * cancelled, so money recorded late by the cashier is counted once, as MANUAL, and refunded money never.
     */
    public static Optional<KioskEvent> paymentEvent(String kioskId, OrderChange change) {
        if (change.created()) {
            return Optional.of(payment(kioskId, change, EventKind.PAYMENT_REQUESTED, "QR"));
        }
        TrackedOrder order = change.order();
        return switch (order.status()) {
            case PAID -> {
                PaymentOutcome.Method method = order.paidMethod().orElse(PaymentOutcome.Method.QR);
                KioskEvent paid = payment(kioskId, change, EventKind.PAYMENT_PAID, method.name());
                yield Optional.of(method != PaymentOutcome.Method.QR ? paid : paid.withMillis(Math.max(0,
                        Duration.between(order.order().createdAt(), change.at()).toMillis())));
            }
            case EXPIRED -> Optional.of(payment(kioskId, change, EventKind.PAYMENT_EXPIRED, "QR"));
            case CANCELLED -> Optional.of(payment(kioskId, change, EventKind.PAYMENT_CANCELLED, "QR"));
            case SHORT_PAID, OPEN -> Optional.empty();
        };
    }

    private static KioskEvent payment(String kioskId, OrderChange change, EventKind kind, String subject) {
        return KioskEvent.of(kioskId, change.at(), kind, subject).withAmount(change.order().order().amountDong());
    }

    /** The subject a document is counted under: CCCD and VNeID show the same QR, so they are one. */
    static String subject(Optional<DocumentKind> document) {
        return document.map(kind -> switch (kind) {
            case CITIZEN_ID -> DocumentSubject.CCCD_VNEID;
            case HEALTH_INSURANCE -> DocumentSubject.BHYT;
        }).orElse(DocumentSubject.NONE).name();
    }
}
