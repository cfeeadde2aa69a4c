package vn.tiepdon.counts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.KioskEvent;

/**
 * What the kiosk tells its statistics that is not a change of stored state (a scan, a device fault, an idle reset,
 * the kiosk running), turned into {@link KioskEvent}s for the {@link EventLog}. Numbers, print outcomes,
 * registrations and payment orders are counted by the stores in the transactions that change them, with the
 * events {@link CountedEvents} decides.
 */
public final class KioskCounts implements PatientStart {

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
        record(EventKind.SCAN_ACCEPTED, CountedEvents.subject(Optional.of(kind)));
    }

    /**
     * When the patient whose ticket is being issued began: the last accepted scan for a patient with a document
     * (if recent), else the moment the number was asked for.
     */
    @Override
    public Instant of(boolean withDocument, Instant numberAskedAt) {
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

    /** A reprint asked for at the kiosk or its admin screen, whether it printed or not. */
    public void reprinted(String service, boolean printed) {
        log.record(event(EventKind.TICKET_REPRINTED, service).withFlag(!printed));
    }

    public void scanRejected(RejectionReason reason) {
        record(EventKind.SCAN_REJECTED, reason.name());
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

    private void record(EventKind kind, String subject) {
        log.record(event(kind, subject));
    }

    private KioskEvent event(EventKind kind, String subject) {
        return KioskEvent.of(kioskId, clock.instant(), kind, subject);
    }
}
