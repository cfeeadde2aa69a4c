package vn.tiepdon.counts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.indicators.DocumentSubject;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.payment.OrderChange;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TrackedOrder;

/**
 * What the kiosk tells its statistics, in the kiosk's words (a scan was accepted, a ticket printed, a bill paid),
 * turned into {@link KioskEvent}s for the {@link EventLog}. The one place that decides which event and subject each
 * happening is, so the indicators' definitions (docs/INDICATORS.md) hold. Payment order changes are counted by the
 * store that commits them, in the change's own transaction, with the event {@link #paymentEvent} decides.
 */
public final class KioskCounts {

    private final String kioskId;
    private final EventLog log;
    private final Clock clock;

    /** Beyond this, an accepted scan belongs to an earlier patient, not to the ticket being issued. */
    private static final Duration LONGEST_VISIT = Duration.ofMinutes(15);
    private final Map<String, Instant> faultSince = new HashMap<>();
    private volatile Instant lastAcceptedScan;

    public KioskCounts(String kioskId, EventLog log, Clock clock) {
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void scanAccepted(DocumentKind kind) {
        lastAcceptedScan = clock.instant();
        record(EventKind.SCAN_ACCEPTED, subject(Optional.of(kind)));
    }

    /**
     * When the patient whose ticket is being issued began: the last accepted scan for a patient with a document
     * (if recent), else the moment the number was asked for.
     */
    public Instant patientStart(boolean withDocument, Instant numberAskedAt) {
        Instant scan = lastAcceptedScan;
        if (withDocument && scan != null && !scan.isAfter(numberAskedAt)
                && Duration.between(scan, numberAskedAt).compareTo(LONGEST_VISIT) <= 0) {
            return scan;
        }
        return numberAskedAt;
    }

    /**
     * A device was seen working or not. The change from working to not is a fault; the change back records how
     * long it lasted, which is what device uptime is computed from.
     */
    public synchronized void device(String device, boolean working) {
        Instant since = faultSince.get(device);
        if (!working && since == null) {
            faultSince.put(device, clock.instant());
            deviceFault(device);
        } else if (working && since != null) {
            faultSince.remove(device);
            deviceRestored(device, Duration.between(since, clock.instant()));
        }
    }

    public void scanRejected(RejectionReason reason) {
        record(EventKind.SCAN_REJECTED, reason.name());
    }

    public void registered(Optional<DocumentKind> document, boolean priority) {
        log.record(registration(document, priority));
    }

    public void ticketIssued(String serviceCode) {
        record(EventKind.TICKET_ISSUED, serviceCode);
    }

    /** @param started when the patient began: the accepted scan, or choosing the service without a card */
    public void ticketPrinted(String serviceCode, Instant started) {
        log.record(printed(serviceCode, started));
    }

    public void ticketFailed(String serviceCode) {
        record(EventKind.TICKET_FAILED, serviceCode);
    }

    /**
     * One number given, counted in one write (one disk flush after the ticket, not three): the registration, the
     * ticket, and whether it printed.
     */
    public void ticketGiven(Optional<DocumentKind> document, boolean priority, String series, boolean wasPrinted,
                            Instant started) {
        log.recordAll(List.of(registration(document, priority), event(EventKind.TICKET_ISSUED, series),
                wasPrinted ? printed(series, started) : event(EventKind.TICKET_FAILED, series)));
    }

    private KioskEvent registration(Optional<DocumentKind> document, boolean priority) {
        return event(EventKind.REGISTRATION, subject(document)).withFlag(priority);
    }

    private KioskEvent printed(String serviceCode, Instant started) {
        Duration took = Duration.between(started, clock.instant());
        return event(EventKind.TICKET_PRINTED, serviceCode).withMillis(Math.max(0, took.toMillis()));
    }

    public void deviceFault(String device) {
        record(EventKind.DEVICE_FAULT, device);
    }

    public void deviceRestored(String device, Duration outage) {
        log.record(event(EventKind.DEVICE_RESTORED, device).withMillis(outage.toMillis()));
    }

    public void idleReset() {
        record(EventKind.IDLE_RESET, "");
    }

    public void started() {
        record(EventKind.APP_START, "");
    }

    public void stopped() {
        record(EventKind.APP_STOP, "");
    }

    /** @param since the previous heartbeat (or the start) */
    public void running(Duration since) {
        log.record(event(EventKind.APP_RUNNING, "").withMillis(since.toMillis()));
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

    private static String subject(Optional<DocumentKind> document) {
        return document.map(kind -> switch (kind) {
            case CITIZEN_ID -> DocumentSubject.CCCD_VNEID;
            case HEALTH_INSURANCE -> DocumentSubject.BHYT;
        }).orElse(DocumentSubject.NONE).name();
    }

    private void record(EventKind kind, String subject) {
        log.record(event(kind, subject));
    }

    private KioskEvent event(EventKind kind, String subject) {
        return KioskEvent.of(kioskId, clock.instant(), kind, subject);
    }
}
