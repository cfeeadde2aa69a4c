package vn.tiepdon.kiosk.fx;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.kiosk.AdminConsole;
import vn.tiepdon.kiosk.AdminStatus;
import vn.tiepdon.kiosk.FlowSettings;
import vn.tiepdon.kiosk.voice.Speaker;
import vn.tiepdon.kiosk.voice.VoiceGuide;
import vn.tiepdon.ticket.PrinterCheck;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.KioskTimer;
import vn.tiepdon.ticket.TicketIssuer;
import vn.tiepdon.kiosk.KioskWiring;
import vn.tiepdon.kiosk.ScanHandOver;
import vn.tiepdon.scan.ScanSource;

/**
 * The kiosk assembled from its wiring: flow, view and a running scan source. Separate from
 * {@link KioskApp} so tests can host it in their own stage with their own timer and executors.
 */
public final class KioskRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskRuntime.class);

    private final KioskFlow flow;
    private final KioskView view;
    private final AdminStatus adminStatus;
    private final ScanSource scanSource;
    private final Speaker speaker;

    private volatile boolean closed;
    private final java.util.concurrent.ExecutorService printerChecks =
            java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "printer-check");
                thread.setDaemon(true);
                return thread;
            });

    private KioskRuntime(KioskFlow flow, KioskView view, AdminStatus adminStatus, ScanSource scanSource,
                         Speaker speaker) {
        this.speaker = speaker;
        this.flow = flow;
        this.view = view;
        this.adminStatus = adminStatus;
        this.scanSource = scanSource;
    }

    /**
     * Builds the kiosk and starts the scan source. Call on the JavaFX thread.
     *
     * @param worker runs issuing and counting off the JavaFX thread
     * @param ui     hands work to the JavaFX thread ({@code Platform::runLater} in production)
     */
    public static KioskRuntime start(KioskWiring wiring, KioskTimer timer, Executor worker, Executor ui) {
        Objects.requireNonNull(wiring, "wiring");
        AdminStatus adminStatus = new AdminStatus(wiring.scanSource().describe(),
                wiring.settings().printerAddress(), wiring.adminCounts());
        KioskFlow flow = new KioskFlow(FlowSettings.from(wiring.settings()), wiring.identityReader(),
                wiring.scanCounter(), wiring.ticketIssuer(), wiring.payments(), Clock.systemDefaultZone(), timer,
                worker, ui);
        KioskView view = KioskView.create(wiring.settings().hospitalName(), flow, adminStatus, timer,
                new AdminConsole(wiring.admin(), adminStatus, worker, ui));
        wiring.settings().hospitalLogo().ifPresent(view::showLogo);
        // Spoken guidance follows the screens; the quiet start screen speaks only when someone touches it.
        Speaker speaker = Speaker.open(wiring.settings().voice());
        VoiceGuide guide = VoiceGuide.attach(flow, speaker);
        view.onStartScreenTouched(guide::startScreenTouched);
        adminStatus.addListener(new ScannerFollower(adminStatus, flow, wiring, worker));
        LOG.info("Starting scan source {}", wiring.scanSource().describe());
        wiring.scanSource().start(new ScanHandOver(ui, flow::scan, adminStatus));
        KioskRuntime runtime = new KioskRuntime(flow, view, adminStatus, wiring.scanSource(), speaker);
        runtime.new PrinterWatch(wiring.ticketIssuer(), timer, ui).next();
        return runtime;
    }

    /**
     * The scanner's ups and downs pause the kiosk, and are counted for its uptime off the JavaFX thread. The admin
     * status also changes for the printer's checks and keyboard scans: only a change of the scanner is passed on.
     */
    private static final class ScannerFollower implements Runnable {
        private final AdminStatus adminStatus;
        private final KioskFlow flow;
        private final KioskWiring wiring;
        private final Executor worker;
        private Boolean followed;

        ScannerFollower(AdminStatus adminStatus, KioskFlow flow, KioskWiring wiring, Executor worker) {
            this.adminStatus = adminStatus;
            this.flow = flow;
            this.wiring = wiring;
            this.worker = worker;
        }

        /** On the JavaFX thread. */
        @Override
        public void run() {
            Boolean connected = adminStatus.scannerConnected().orElse(null);
            if (connected == null || connected.equals(followed)) {
                return;
            }
            followed = connected;
            flow.deviceReady("scanner", connected);
            try {
                worker.execute(() -> {
                    try {
                        wiring.scanCounter().scannerConnection(connected);
                    } catch (RuntimeException e) {
                        LOG.warn("Could not count the scanner's connection", e);
                    }
                });
            } catch (RejectedExecutionException closing) {
                LOG.debug("Scanner connection not counted: the kiosk is closing");
            }
        }
    }

    /** How often the printer is asked, between patients, whether it could print. */
    public static final java.time.Duration PRINTER_CHECK = java.time.Duration.ofSeconds(10);

    /**
     * Asks the printer every {@link #PRINTER_CHECK} whether it could print and tells the flow: out of paper, cover
     * open, paused or gone pauses the start screen, and its return resumes it. On a thread of its own, not the
     * kiosk's worker: a slow printer's answer (seconds) must not hold up the next patient's number.
     */
    private final class PrinterWatch {
        private final TicketIssuer issuer;
        private final KioskTimer timer;
        private final Executor ui;

        PrinterWatch(TicketIssuer issuer, KioskTimer timer, Executor ui) {
            this.issuer = issuer;
            this.timer = timer;
            this.ui = ui;
        }

        /** On the JavaFX thread. */
        void next() {
            timer.schedule(PRINTER_CHECK, () -> {
                if (!closed) {
                    handOff(printerChecks, this::ask);
                }
            });
        }

        /** On the printer check thread. */
        private void ask() {
            PrinterCheck answer;
            try {
                answer = issuer.printerCheck();
            } catch (RuntimeException e) {
                LOG.warn("Printer check failed", e);
                answer = PrinterCheck.READY; // not knowing is no reason to turn patients away
            }
            PrinterCheck check = answer;
            handOff(ui, () -> {
                if (!closed) {
                    adminStatus.printerChecked(check);
                    flow.deviceReady("printer", check.canPrint());
                    next();
                }
            });
        }

        private static void handOff(Executor executor, Runnable work) {
            try {
                executor.execute(work);
            } catch (RuntimeException closing) {
                LOG.debug("Printer no longer watched: the kiosk is closing");
            }
        }
    }

    public KioskFlow flow() {
        return flow;
    }

    public KioskView view() {
        return view;
    }

    public AdminStatus adminStatus() {
        return adminStatus;
    }

    /** Stops the scanner; the screen itself goes with its window. */
    @Override
    public void close() {
        closed = true;
        printerChecks.shutdownNow();
        speaker.close();
        try {
            scanSource.close();
        } catch (RuntimeException e) {
            LOG.warn("Scan source did not close cleanly", e);
        }
    }
}
