package vn.tiepdon.kiosk;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.counts.ScanCounter;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.identity.ScanChannel;
import vn.tiepdon.identity.IdentityReader;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.identity.ScanResult;
import vn.tiepdon.kiosk.KioskState.Attract;
import vn.tiepdon.kiosk.KioskState.ChooseService;
import vn.tiepdon.kiosk.KioskState.Confirm;
import vn.tiepdon.kiosk.KioskState.Done;
import vn.tiepdon.kiosk.KioskState.NotIssued;
import vn.tiepdon.kiosk.KioskState.PrintFailed;
import vn.tiepdon.kiosk.KioskState.Printing;
import vn.tiepdon.kiosk.KioskState.Rejected;
import vn.tiepdon.queue.Service;
import vn.tiepdon.ticket.IssueOutcome;
import vn.tiepdon.ticket.TicketIssuer;

/**
 * The patient's path through the kiosk, free of any UI toolkit so it can be tested without one.
 *
 * <p>Not thread-safe by design: every method is called on one thread (the UI thread), and the
 * {@code ui} executor brings work finished on the {@code worker} back to that thread.
 *
 * <p>Decisions a reviewer should know:
 * <ul>
 *   <li>A scan in CONFIRM or CHOOSE_SERVICE replaces the patient: the previous one walked away,
 *       and the card now under the scanner belongs to whoever is standing there.</li>
 *   <li>A scan while PRINTING is read and counted but does not change the screen: the number
 *       being printed belongs to the patient in front of the kiosk and must be shown to them.</li>
 *   <li>PRINTING has no idle timeout for the same reason; the issuer bounds its own waits.</li>
 *   <li>Going back to ATTRACT always forgets the patient. A timeout (idle, or the end of the
 *       DONE display) also switches back to the default language, because the next person is
 *       someone else; pressing "back" keeps the language the person in front chose.</li>
 * </ul>
 */
public final class KioskFlow {

    /** Told of every change of state or language, on the flow's thread. */
    public interface Listener {
        void kioskChanged(KioskState state, Locale locale);
    }

    private static final Logger LOG = LoggerFactory.getLogger(KioskFlow.class);

    private final FlowSettings settings;
    private final IdentityReader identityReader;
    private final ScanCounter scanCounter;
    private final TicketIssuer ticketIssuer;
    private final KioskTimer timer;
    private final Executor worker;
    private final Executor ui;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private KioskState state = KioskState.ATTRACT;
    private Locale locale;
    private KioskTimer.Cancellable pendingTimeout = KioskTimer.Cancellable.NONE;
    /** Identifies the armed timeout, so one that fires after being replaced does nothing. */
    private Object timeoutToken = new Object();
    /** Identifies the current issue job, so a late result cannot overwrite a newer screen. */
    private long issueJob;

    /**
     * @param worker runs issuing, printing and counting, which may block on devices or the disk
     * @param ui     runs a task on the flow's thread (e.g. {@code Platform::runLater})
     */
    public KioskFlow(FlowSettings settings, IdentityReader identityReader, ScanCounter scanCounter,
                     TicketIssuer ticketIssuer, KioskTimer timer, Executor worker, Executor ui) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.identityReader = Objects.requireNonNull(identityReader, "identityReader");
        this.scanCounter = Objects.requireNonNull(scanCounter, "scanCounter");
        this.ticketIssuer = Objects.requireNonNull(ticketIssuer, "ticketIssuer");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.locale = settings.defaultLocale();
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public KioskState state() {
        return state;
    }

    public Locale locale() {
        return locale;
    }

    public List<Service> services() {
        return settings.services();
    }

    /** The patient whose data the kiosk currently holds, if any. */
    public Optional<IdentityDocument> patient() {
        return state.patient();
    }

    // ---- inputs -------------------------------------------------------------------------

    /** One scan from the scanner, exactly as received. */
    public void scan(byte[] raw) {
        scan(raw, ScanChannel.SERIAL);
    }

    /** A scan from a given channel: a keyboard-wedge scanner may have lost letters of the name on the way. */
    public void scan(byte[] raw, ScanChannel channel) {
        ScanResult result = read(raw, channel);
        count(result);
        if (state instanceof Printing) {
            LOG.info("Scan while printing: counted, screen unchanged");
            return;
        }
        switch (result) {
            case ScanResult.Accepted accepted -> enter(new Confirm(accepted.document()));
            case ScanResult.Rejected rejected -> enter(new Rejected(rejected.reason()));
        }
    }

    /** "Yes, that is me". */
    public void confirm() {
        if (state instanceof Confirm confirm) {
            enter(new ChooseService(Optional.of(confirm.document())));
        } else {
            ignored("confirm");
        }
    }

    /** "That is not me": forget the card that was read. */
    public void notMe() {
        if (state instanceof Confirm) {
            enter(KioskState.ATTRACT);
        } else {
            ignored("notMe");
        }
    }

    /** A ticket for someone without a card (or whose card could not be read). */
    public void takeWithoutCard() {
        if (state instanceof Attract || state instanceof Rejected) {
            enter(new ChooseService(Optional.empty()));
        } else {
            ignored("takeWithoutCard");
        }
    }

    public void chooseService(Service service) {
        Objects.requireNonNull(service, "service");
        if (state instanceof ChooseService choosing) {
            // The patient's document goes with the choice: the issuer registers it and may give a priority number.
            Optional<IdentityDocument> patient = choosing.patient();
            startIssuing(() -> ticketIssuer.issue(service, patient), "issue " + service.code());
        } else {
            ignored("chooseService");
        }
    }

    /** Prints the same number again after the printer has been seen to. */
    public void reprint() {
        if (state instanceof PrintFailed failed) {
            long ticketId = failed.outcome().ticket().id();
            startIssuing(() -> ticketIssuer.reprint(ticketId), "reprint " + ticketId);
        } else {
            ignored("reprint");
        }
    }

    /** The way back to the start, offered on every screen. Ignored while a number is printing. */
    public void backToStart() {
        if (state instanceof Printing) {
            ignored("backToStart");
        } else {
            enter(KioskState.ATTRACT);
        }
    }

    public void toggleLanguage() {
        locale = "vi".equals(locale.getLanguage()) ? Locale.ENGLISH : FlowSettings.VIETNAMESE;
        touch();
        notifyListeners();
    }

    /** Any touch anywhere: the patient is still there. */
    public void touch() {
        if (timeoutFor(state) != null) {
            armTimeout();
        }
    }

    // ---- internals ----------------------------------------------------------------------

    private ScanResult read(byte[] raw, ScanChannel channel) {
        try {
            ScanResult result = identityReader.read(raw == null ? new byte[0] : raw, channel);
            return result != null ? result : new ScanResult.Rejected(RejectionReason.GARBLED);
        } catch (RuntimeException e) {
            // The reader promises not to throw; if it does, the patient still gets a clear answer.
            LOG.error("Identity reader failed on a scan of {} bytes", raw == null ? 0 : raw.length, e);
            return new ScanResult.Rejected(RejectionReason.GARBLED);
        }
    }

    private void count(ScanResult result) {
        onWorker(() -> {
            try {
                switch (result) {
                    case ScanResult.Accepted accepted -> scanCounter.accepted();
                    case ScanResult.Rejected rejected -> scanCounter.rejected(rejected.reason());
                }
            } catch (RuntimeException e) {
                LOG.error("Could not count a scan", e);
            }
        }, "count a scan");
    }

    private void startIssuing(Supplier<IssueOutcome> job, String description) {
        enter(new Printing());
        long thisJob = ++issueJob;
        boolean queued = onWorker(() -> {
            IssueOutcome outcome;
            try {
                outcome = job.get();
            } catch (RuntimeException e) {
                LOG.error("Ticket issuer failed: {}", description, e);
                outcome = null;
            }
            IssueOutcome result = outcome;
            ui.execute(() -> finishIssuing(thisJob, result));
        }, description);
        if (!queued) {
            finishIssuing(thisJob, null);
        }
    }

    private void finishIssuing(long job, IssueOutcome outcome) {
        if (job != issueJob || !(state instanceof Printing)) {
            LOG.warn("Late issuing result dropped");
            return;
        }
        if (outcome == null || outcome.ticket() == null) {
            enter(new NotIssued());
        } else if (outcome.printed()) {
            LOG.info("Ticket {} printed", outcome.ticket().display());
            enter(new Done(outcome));
        } else {
            LOG.warn("Ticket {} recorded but not printed: {}", outcome.ticket().display(), outcome.problem());
            enter(new PrintFailed(outcome));
        }
    }

    private boolean onWorker(Runnable task, String description) {
        try {
            worker.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            LOG.error("Worker refused to {} (shutting down?)", description, e);
            return false;
        }
    }

    private void enter(KioskState next) {
        LOG.debug("{} -> {}", state.getClass().getSimpleName(), next.getClass().getSimpleName());
        state = next;
        armTimeout();
        notifyListeners();
    }

    private void armTimeout() {
        pendingTimeout.cancel();
        Duration delay = timeoutFor(state);
        if (delay == null) {
            pendingTimeout = KioskTimer.Cancellable.NONE;
            timeoutToken = new Object();
            return;
        }
        Object token = new Object();
        timeoutToken = token;
        pendingTimeout = timer.schedule(delay, () -> {
            if (timeoutToken == token) {
                timedOut();
            }
        });
    }

    private Duration timeoutFor(KioskState s) {
        return switch (s) {
            case Attract a -> null;
            case Printing p -> null;
            case Done d -> settings.doneDisplay();
            default -> settings.idleTimeout();
        };
    }

    private void timedOut() {
        LOG.info("No touch for a while on {}: back to start", state.getClass().getSimpleName());
        locale = settings.defaultLocale();
        enter(KioskState.ATTRACT);
    }

    private void ignored(String input) {
        LOG.debug("{} ignored in {}", input, state.getClass().getSimpleName());
    }

    private void notifyListeners() {
        for (Listener listener : listeners) {
            listener.kioskChanged(state, locale);
        }
    }
}
