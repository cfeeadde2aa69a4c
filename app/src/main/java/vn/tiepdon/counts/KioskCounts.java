package vn.tiepdon.counts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
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
    private volatile Instant lastAcceptedScan;
    /** Up to when the kiosk's running time is counted; null until it starts (a desk command never does). */
    private Instant runningCounted;
    /** Each device that is out of order, and up to when its time out is counted. */
    private final Map<String, Instant> outCounted = new HashMap<>();

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
     * A device was seen working or not. The change from working to not is a fault; the change back counts the
     * outage's time (since the running report last counted a part of it) together with the kiosk's running time up
     * to the same moment: device uptime divides the one by the other, so a report made right after an outage, even
     * in the kiosk's first minutes, has both.
     */
    public synchronized void device(String device, boolean working) {
        boolean out = outCounted.containsKey(device);
        if (!working && !out) {
            outCounted.put(device, clock.instant());
            deviceFault(device);
        } else if (working && out) {
            List<KioskEvent> events = new ArrayList<>(runningSoFar());
            events.add(outSoFar(device, false));
            outCounted.remove(device);
            log.recordAll(events);
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

    public void idleReset() {
        record(EventKind.IDLE_RESET, "");
    }

    /** The kiosk started: its running time is counted from now. */
    public synchronized void started() {
        runningCounted = clock.instant();
        record(EventKind.APP_START, "");
    }

    /**
     * The kiosk stops normally: the running time and the time of every outage still going on are counted up to now,
     * so neither the last minutes before a stop nor an outage the kiosk was closed in are lost.
     */
    public synchronized void stopped() {
        List<KioskEvent> events = runningAndOutagesSoFar();
        events.add(event(EventKind.APP_STOP, ""));
        runningCounted = null;
        outCounted.clear();
        log.recordAll(events);
    }

    /**
     * The running report, made every few minutes: the running time since it was last counted, and each outage still
     * going on counted up to the same moment, so that a day's uptime holds that day's outages (an outage over the
     * night is counted in both days) and a crash loses at most one interval of either.
     */
    public synchronized void running() {
        log.recordAll(runningAndOutagesSoFar());
    }

    private List<KioskEvent> runningAndOutagesSoFar() {
        List<KioskEvent> events = new ArrayList<>(runningSoFar());
        for (String device : new TreeSet<>(outCounted.keySet())) {
            events.add(outSoFar(device, true));
        }
        return events;
    }

    /** APP_RUNNING with the time since the running time was last counted; none before the kiosk started. */
    private List<KioskEvent> runningSoFar() {
        if (runningCounted == null) {
            return List.of();
        }
        Instant now = clock.instant();
        KioskEvent running = event(EventKind.APP_RUNNING, "")
                .withMillis(Duration.between(runningCounted, now).toMillis());
        runningCounted = now;
        return List.of(running);
    }

    /** DEVICE_RESTORED with the device's time out since last counted; flag 1 while it is still out. */
    private KioskEvent outSoFar(String device, boolean stillOut) {
        Instant now = clock.instant();
        KioskEvent part = event(EventKind.DEVICE_RESTORED, device).withFlag(stillOut)
                .withMillis(Duration.between(outCounted.get(device), now).toMillis());
        outCounted.put(device, now);
        return part;
    }

    private void record(EventKind kind, String subject) {
        log.record(event(kind, subject));
    }

    private KioskEvent event(EventKind kind, String subject) {
        return KioskEvent.of(kioskId, clock.instant(), kind, subject);
    }
}
