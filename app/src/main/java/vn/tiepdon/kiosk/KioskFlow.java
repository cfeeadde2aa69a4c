package vn.tiepdon.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
import vn.tiepdon.kiosk.KioskState.OutOfService;
import vn.tiepdon.kiosk.KioskState.PaymentExpired;
import vn.tiepdon.kiosk.KioskState.Paying;
import vn.tiepdon.kiosk.KioskState.PrintFailed;
import vn.tiepdon.kiosk.KioskState.Printing;
import vn.tiepdon.kiosk.KioskState.Rejected;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.Priority;
import vn.tiepdon.ticket.IssueOutcome;
import vn.tiepdon.ticket.PaymentMark;
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
 *   <li>A priced service is paid before its number is issued: a number goes only to a patient who gets the
 *       ticket in hand, never to one who walked away from the code. While PAYING there is no idle timeout
 *       (the code's own deadline governs) and a scan is counted but changes nothing: the phone with the
 *       banking app is often held near the scanner. Going back leaves the order open until it expires; a
 *       transfer that lands after the patient left pays the order and the cashier sees it.</li>
 *   <li>Going back to ATTRACT always forgets the patient. A timeout (idle, or the end of the
 *       DONE display) also switches back to the default language, because the next person is
 *       someone else; pressing "back" keeps the language the person in front chose, and the start
 *       screen itself goes back to the default language after the idle time (not counted as an idle reset:
 *       nobody had begun).</li>
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
    private final KioskPayments payments;
    private final Clock clock;
    private final KioskTimer timer;
    private final Executor worker;
    private final Executor ui;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private KioskState state = KioskState.ATTRACT;
    private Locale locale;
    private KioskTimer.Cancellable pendingWarning = KioskTimer.Cancellable.NONE;
    private final List<java.util.function.Consumer<Optional<Duration>>> idleWarningListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean warning;
    private final java.util.SortedSet<String> devicesDown = new java.util.TreeSet<>();
    private KioskTimer.Cancellable pendingTimeout = KioskTimer.Cancellable.NONE;
    /** Identifies the armed timeout, so one that fires after being replaced does nothing. */
    private Object timeoutToken = new Object();
    /** Identifies the current issue job, so a late result cannot overwrite a newer screen. */
    private long issueJob;
    /** Identifies the QR order being made; any change of screen drops it (see {@link #enter}). */
    private long paymentJob;
    private boolean makingOrder;

    /** A patient without a card asked for a priority number; forgotten with the patient. */
    private boolean priorityAsked;
    private boolean largeText;

    /** What an issue job printed, with which payment line and priority. */
    private record Issued(IssueOutcome outcome, PaymentMark payment, Optional<Priority> priority) {
        Issued(IssueOutcome outcome, PaymentMark payment) {
            this(outcome, payment, Optional.empty());
        }
    }

    /**
     * @param worker runs issuing, printing and counting, which may block on devices or the disk
     * @param ui     runs a task on the flow's thread (e.g. {@code Platform::runLater})
     */
    public KioskFlow(FlowSettings settings, IdentityReader identityReader, ScanCounter scanCounter,
                     TicketIssuer ticketIssuer, KioskTimer timer, Executor worker, Executor ui) {
        this(settings, identityReader, scanCounter, ticketIssuer, KioskPayments.NONE, Clock.systemDefaultZone(),
                timer, worker, ui);
    }

    /**
     * @param payments QR payments for priced services, or {@link KioskPayments#NONE}
     * @param clock    the time the codes' deadlines are counted in
     */
    public KioskFlow(FlowSettings settings, IdentityReader identityReader, ScanCounter scanCounter,
                     TicketIssuer ticketIssuer, KioskPayments payments, Clock clock, KioskTimer timer,
                     Executor worker, Executor ui) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.identityReader = Objects.requireNonNull(identityReader, "identityReader");
        this.scanCounter = Objects.requireNonNull(scanCounter, "scanCounter");
        this.ticketIssuer = Objects.requireNonNull(ticketIssuer, "ticketIssuer");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.locale = settings.defaultLocale();
        payments.watch(this::billChangedElsewhere);
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

    /** How long the code on the paying screen can still be paid at the kiosk; zero on any other screen. */
    public Duration timeLeftToPay() {
        if (state instanceof Paying paying) {
            Duration left = Duration.between(clock.instant(), paying.bill().deadline());
            return left.isNegative() ? Duration.ZERO : left;
        }
        return Duration.ZERO;
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
        if (state instanceof Printing || state instanceof Paying) {
            LOG.info("Scan while {}: counted, screen unchanged", state instanceof Paying ? "paying" : "printing");
            return;
        }
        if (state instanceof OutOfService) {
            LOG.info("Scan while the kiosk is paused: counted, the screen keeps sending people to the desk");
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
            priorityAsked = false;
            enter(new ChooseService(Optional.empty()));
        } else {
            ignored("takeWithoutCard");
        }
    }

    /**
     * A priority number without a card: the pregnant, the severely disabled, the elderly without their card… The
     * kiosk does not ask which ground; the ticket says the desk checks it.
     */
    public void takePriorityWithoutCard() {
        if (state instanceof Attract || state instanceof Rejected) {
            priorityAsked = true;
            enter(new ChooseService(Optional.empty()));
        } else {
            ignored("takePriorityWithoutCard");
        }
    }

    /**
     * Why this patient is served first, if they are: asked for without a card, or by the age on the card. Shown on
     * the confirm and service screens, and printed on the ticket.
     */
    public Optional<Priority> priorityOf(Optional<IdentityDocument> patient) {
        if (priorityAsked) {
            return Optional.of(Priority.DECLARED);
        }
        return patient.flatMap(d -> settings.priorityRule().reason(d.dateOfBirth(), LocalDate.now(clock)));
    }

    public void chooseService(Service service) {
        Objects.requireNonNull(service, "service");
        if (!(state instanceof ChooseService choosing) || makingOrder) {
            ignored("chooseService");
            return;
        }
        // The patient's document goes with the choice: the issuer registers it and may give a priority number.
        Optional<IdentityDocument> patient = choosing.patient();
        if (!service.paid()) {
            issue(service, patient, () -> PaymentMark.NONE);
            return;
        }
        makingOrder = true;
        long thisJob = ++paymentJob;
        boolean queued = onWorker(() -> {
            Optional<QrBill> bill;
            try {
                bill = payments.open(service);
            } catch (RuntimeException e) {
                LOG.error("QR order for {} could not be made; the patient pays at the counter", service.code(), e);
                bill = Optional.empty();
            }
            Optional<QrBill> made = bill;
            ui.execute(() -> orderMade(thisJob, service, patient, made));
        }, "make a QR order");
        if (!queued) {
            orderMade(thisJob, service, patient, Optional.empty());
        }
    }

    /** "I will pay at the counter", on the paying screen or once its time is over. */
    public void payAtCounter() {
        if (!(state instanceof KioskState.AboutACode shown)) {
            ignored("payAtCounter");
            return;
        }
        QrBill bill = shown.bill();
        issue(shown.service(), shown.document(), () -> {
            try {
                return payments.payAtCounter(bill);
            } catch (RuntimeException e) {
                // The patient still gets a ticket; the order left open simply expires.
                LOG.error("QR order {} could not be closed for the counter", bill.billNumber(), e);
                return new PaymentMark.AtCounter(bill.amountDong(), Optional.of(bill.billNumber()));
            }
        });
    }

    /** Prints the same number again after the printer has been seen to. */
    public void reprint() {
        if (state instanceof PrintFailed failed) {
            long ticketId = failed.outcome().ticket().id();
            PaymentMark payment = failed.payment();
            startIssuing(() -> new Issued(ticketIssuer.reprint(ticketId, payment), payment), "reprint " + ticketId);
        } else {
            ignored("reprint");
        }
    }

    /**
     * The way back to the start, offered on every screen. Ignored while a number is printing. A code on screen
     * stays payable until its order expires: see the class comment.
     */
    public void backToStart() {
        if (state instanceof Printing) {
            ignored("backToStart");
            return;
        }
        if (state instanceof Paying paying) {
            LOG.info("Patient left the QR code of bill {}: the order stays open until it expires",
                    paying.bill().billNumber());
        }
        enter(KioskState.ATTRACT);
    }

    /** Larger type for the person in front; like the language, it goes back to normal for the next one. */
    public void toggleLargeText() {
        largeText = !largeText;
        armTimeout();
        notifyListeners();
    }

    public boolean largeText() {
        return largeText;
    }

    public void toggleLanguage() {
        locale = "vi".equals(locale.getLanguage()) ? Locale.ENGLISH : FlowSettings.VIETNAMESE;
        armTimeout();
        notifyListeners();
    }

    /**
     * A device the patient needs works, or does not (the printer out of paper, the scanner unplugged). While one
     * does not, the start screen says the kiosk is paused; a patient already on the way is not interrupted, and
     * the kiosk pauses once they are done. It comes back by itself when the device does.
     */
    public void deviceReady(String device, boolean ready) {
        boolean changed = ready ? devicesDown.remove(device) : devicesDown.add(device);
        if (!changed) {
            return;
        }
        LOG.info("{} {}", device, ready ? "works again" : "does not work: the start screen says the kiosk is paused");
        if (state instanceof Attract || state instanceof OutOfService) {
            enter(KioskState.ATTRACT);
        }
    }

    /**
     * Told, on the flow's thread, when a patient who has not touched the screen for a while is about to be sent
     * back ({@code Optional.of(time left)}), and when that is off again (empty): a touch, or the return itself.
     */
    public void addIdleWarningListener(java.util.function.Consumer<Optional<Duration>> listener) {
        idleWarningListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** How long before an idle return the patient is warned: a third of the idle time, at most 15 s. */
    Duration idleWarningLead() {
        Duration third = settings.idleTimeout().dividedBy(3);
        return third.compareTo(IDLE_WARNING) < 0 ? third : IDLE_WARNING;
    }

    static final Duration IDLE_WARNING = Duration.ofSeconds(15);

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
                    case ScanResult.Accepted accepted -> scanCounter.accepted(accepted.document().kind());
                    case ScanResult.Rejected rejected -> scanCounter.rejected(rejected.reason());
                }
            } catch (RuntimeException e) {
                LOG.error("Could not count a scan", e);
            }
        }, "count a scan");
    }

    private void orderMade(long job, Service service, Optional<IdentityDocument> patient, Optional<QrBill> bill) {
        if (job != paymentJob || !makingOrder || !(state instanceof ChooseService)) {
            bill.ifPresent(b -> LOG.info("QR order {} made after the patient left: it stays open until it expires",
                    b.billNumber()));
            return;
        }
        makingOrder = false;
        if (bill.isPresent()) {
            enter(new Paying(service, patient, bill.get()));
        } else {
            issue(service, patient, () -> new PaymentMark.AtCounter(service.priceDong(), Optional.empty()));
        }
    }

    /** The payment desk's news, on its thread (an HTTP worker): handed to the flow's thread. */
    private void billChangedElsewhere(BillUpdate update) {
        try {
            ui.execute(() -> billChanged(update));
        } catch (RuntimeException e) {
            LOG.info("UI no longer running, update of bill {} dropped", update.billNumber());
        }
    }

    private void billChanged(BillUpdate update) {
        if (!(state instanceof KioskState.AboutACode shown) || !shown.bill().billNumber().equals(update.billNumber())) {
            return;
        }
        QrBill bill = shown.bill();
        Service service = shown.service();
        Optional<IdentityDocument> patient = shown.document();
        switch (update.status()) {
            case PAID -> issue(service, patient, () -> new PaymentMark.Paid(bill.amountDong(), bill.billNumber()));
            case SHORT_PAID -> issue(service, patient, () -> new PaymentMark.ShortPaid(bill.amountDong(),
                    update.receivedDong(), bill.billNumber()));
            case CLOSED -> {
                if (state instanceof Paying) {
                    enter(new PaymentExpired(service, patient, bill));
                }
            }
            case OPEN -> {
            }
        }
    }

    /** Settles the payment line on the worker (it may touch the database), then issues and prints. */
    private void issue(Service service, Optional<IdentityDocument> patient, Supplier<PaymentMark> payment) {
        Optional<Priority> priority = priorityOf(patient);
        startIssuing(() -> {
            PaymentMark mark = payment.get();
            return new Issued(ticketIssuer.issue(service, patient, mark, priority), mark, priority);
        }, "issue " + service.code());
    }

    private void startIssuing(Supplier<Issued> job, String description) {
        enter(new Printing());
        long thisJob = ++issueJob;
        boolean queued = onWorker(() -> {
            Issued issued;
            try {
                issued = job.get();
            } catch (RuntimeException e) {
                LOG.error("Ticket issuer failed: {}", description, e);
                issued = null;
            }
            Issued result = issued;
            ui.execute(() -> finishIssuing(thisJob, result));
        }, description);
        if (!queued) {
            finishIssuing(thisJob, null);
        }
    }

    private void finishIssuing(long job, Issued issued) {
        if (job != issueJob || !(state instanceof Printing)) {
            LOG.warn("Late issuing result dropped");
            return;
        }
        IssueOutcome outcome = issued == null ? null : issued.outcome();
        if (outcome == null || outcome.ticket() == null) {
            enter(new NotIssued());
        } else if (outcome.printed()) {
            LOG.info("Ticket {} printed", outcome.ticket().display());
            enter(new Done(outcome, issued.payment(), issued.priority()));
        } else {
            LOG.warn("Ticket {} recorded but not printed: {}", outcome.ticket().display(), outcome.problem());
            enter(new PrintFailed(outcome, issued.payment()));
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
        if (next instanceof Attract && !devicesDown.isEmpty()) {
            next = new OutOfService(devicesDown);
        }
        LOG.debug("{} -> {}", state.getClass().getSimpleName(), next.getClass().getSimpleName());
        if (next instanceof Attract || next instanceof OutOfService || next instanceof Confirm) {
            priorityAsked = false;
        }
        state = next;
        makingOrder = false;
        armTimeout();
        notifyListeners();
    }

    private void armTimeout() {
        pendingTimeout.cancel();
        pendingWarning.cancel();
        pendingWarning = KioskTimer.Cancellable.NONE;
        warn(Optional.empty());
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
                warn(Optional.empty());
                timedOut();
            }
        });
        // Only where a patient is being served and the wait is the idle time: not the done screen's display
        // time, nor a code's payment deadline, nor the start screen's return to Vietnamese.
        if (!(state instanceof Attract) && !(state instanceof OutOfService) && !(state instanceof Done)
                && !(state instanceof Paying)) {
            Duration lead = idleWarningLead();
            pendingWarning = timer.schedule(delay.minus(lead), () -> {
                if (timeoutToken == token) {
                    warn(Optional.of(lead));
                }
            });
        }
    }

    private Duration timeoutFor(KioskState s) {
        return switch (s) {
            // The start screen left in another language: the next person reads Vietnamese again after the idle time.
            case Attract a -> asForANewcomer() ? null : settings.idleTimeout();
            case OutOfService o -> asForANewcomer() ? null : settings.idleTimeout();
            case Printing p -> null;
            case Done d -> settings.doneDisplay();
            // The code's deadline, not the idle time: a patient paying on their phone does not touch the screen.
            case Paying p -> {
                Duration left = Duration.between(clock.instant(), p.bill().deadline());
                yield left.isNegative() ? Duration.ZERO : left;
            }
            default -> settings.idleTimeout();
        };
    }

    private void timedOut() {
        if (state instanceof Paying paying) {
            LOG.info("QR code of bill {} not paid in time at the kiosk", paying.bill().billNumber());
            enter(new PaymentExpired(paying.service(), paying.document(), paying.bill()));
            return;
        }
        if (state instanceof Attract || state instanceof OutOfService) {
            LOG.info("Start screen left in {}{}: back to {}", locale.getLanguage(), largeText ? " with large text" : "",
                    settings.defaultLocale().getLanguage());
            locale = settings.defaultLocale();
            largeText = false;
            armTimeout();
            notifyListeners();
            return;
        }
        LOG.info("No touch for a while on {}: back to start", state.getClass().getSimpleName());
        if (!(state instanceof Done)) {
            countIdleReset();
        }
        locale = settings.defaultLocale();
        largeText = false;
        enter(KioskState.ATTRACT);
    }

    /** The start screen as the next person should find it: the default language, normal type. */
    private boolean asForANewcomer() {
        return locale.equals(settings.defaultLocale()) && !largeText;
    }

    /** A patient who walked away mid-way; the number shown after printing timing out is the normal end. */
    private void countIdleReset() {
        onWorker(() -> {
            try {
                scanCounter.idleReset();
            } catch (RuntimeException e) {
                LOG.error("Could not count a return to the start screen", e);
            }
        }, "count an idle reset");
    }

    private void warn(Optional<Duration> left) {
        if (left.isEmpty() && !warning) {
            return;
        }
        warning = left.isPresent();
        idleWarningListeners.forEach(listener -> listener.accept(left));
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
