package vn.tiepdon.station;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.counts.RecordingScanCounter;
import vn.tiepdon.counts.ScanCounter;
import vn.tiepdon.identity.IdentityQrReader;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.Indicators;
import vn.tiepdon.kiosk.KioskWiring;
import vn.tiepdon.kiosk.fx.KioskApp;
import vn.tiepdon.scan.Framing;
import vn.tiepdon.scan.LineScanSource;
import vn.tiepdon.scan.ScanSource;
import vn.tiepdon.scan.SerialScanSettings;
import vn.tiepdon.scan.SerialScanSource;

/**
 * The kiosk process: the touchscreen's window, and behind it the database, the issuing path, QR payments with their
 * API, and the periodic care of the data. {@link #run} is what {@code tiepdon kiosk} does; {@link #open} gives the
 * same parts without a window. Only this process repairs the database and listens on the payment API's port; a
 * {@link ReceptionDesk} beside it shares the database and the numbering.
 */
public final class Kiosk implements AutoCloseable {

    /** {@code scanner.port=stdin}: scans typed into the terminal (a kiosk without a scanner, or no socat in the demo). */
    public static final String STDIN_SCANNER = "stdin";
    private static final Logger LOG = LoggerFactory.getLogger(Kiosk.class);

    final IssuingParts parts;
    final QrPayments qr;
    /** What the kiosk flow counts: the day's scan outcomes and the scanner's connection. */
    final ScanCounter scanCounter;
    private final Scheduler scheduler;
    /** The counts on their way to the indicator server, on a thread of their own. */
    final KioskSync sync;
    private final Clock clock;

    private Kiosk(IssuingParts parts, QrPayments qr, Scheduler scheduler, KioskSync sync, Clock clock) {
        this.parts = parts;
        this.qr = qr;
        this.scanCounter = new RecordingScanCounter(parts.counts);
        this.scheduler = scheduler;
        this.sync = sync;
        this.clock = clock;
    }

    /** Opens the kiosk's parts: checks (and if need be repairs) the database, then starts payments and upkeep. */
    public static Kiosk open(KioskSettings settings, Clock clock) {
        IssuingParts parts = IssuingParts.forKiosk(settings, clock);
        QrPayments qr = null;
        try {
            qr = QrPayments.open(settings, parts.database, clock);
            parts.counts.started();
            Scheduler scheduler = new Scheduler(clock);
            new Housekeeping(parts, parts.backup, clock).addTo(scheduler);
            scheduler.start();
            // Never throws: a kiosk that cannot send its counts still gives numbers.
            KioskSync sync = KioskSync.start(settings, parts.database, clock);
            return new Kiosk(parts, qr, scheduler, sync, clock);
        } catch (RuntimeException e) {
            if (qr != null) {
                qr.close();
            }
            parts.database.close();
            throw e;
        }
    }

    /**
     * Runs the kiosk window until it is closed. The parts open on another thread once the attract screen is drawn
     * (see {@link StartingKiosk}); if they cannot open, the window closes.
     *
     * @throws StationFailure when the window or the parts could not be opened
     */
    public static void run(KioskSettings settings, boolean fullScreen) {
        Clock clock = Clock.systemDefaultZone();
        CompletableFuture<Kiosk> opening = new CompletableFuture<>();
        Runnable open = () -> CompletableFuture.runAsync(() -> {
            try {
                opening.complete(open(settings, clock));
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        });
        opening.whenComplete((kiosk, failure) -> {
            if (failure != null) {
                LOG.error("Kiosk data or printer could not be opened", failure);
                KioskApp.close();
            }
        });
        try {
            KioskApp.launch(wiringWhileOpening(settings, opening, fullScreen, clock, open, KioskApp::close));
        } catch (IllegalStateException e) {
            LOG.error("Kiosk window failed", e);
            throw new StationFailure(StationFailure.Part.KIOSK_WINDOW, e);
        }
        if (!opening.isDone()) {
            open.run(); // the window closed before it was ever drawn
        }
        try {
            opening.join().close();
        } catch (CompletionException e) {
            throw new StationFailure(StationFailure.Part.KIOSK_PARTS, e.getCause() == null ? e : e.getCause());
        }
    }

    /**
     * The kiosk's wiring while its parts are still {@code opening}: see {@link StartingKiosk}.
     *
     * @param quit what the admin screen's "quit kiosk mode" does: closes the kiosk window, which ends the kiosk
     */
    static KioskWiring wiringWhileOpening(KioskSettings settings, CompletableFuture<Kiosk> opening,
                                          boolean fullScreen, Clock clock, Runnable onShown, Runnable quit) {
        StartingKiosk starting = new StartingKiosk(opening);
        return new KioskWiring(settings, scanSource(settings), new IdentityQrReader(clock, settings.scannerEncoding()),
                starting, starting, starting::countsText, fullScreen, onShown, starting,
                new KioskAdmin(opening, KioskAdmin.lockout(settings, clock), quit, clock));
    }

    /** The command line checks {@code scanner.port} first, to say what to set. */
    private static ScanSource scanSource(KioskSettings settings) {
        String port = settings.scannerPort()
                .orElseThrow(() -> new IllegalArgumentException("the kiosk needs scanner.port in its settings"));
        if (STDIN_SCANNER.equalsIgnoreCase(port)) {
            return new LineScanSource(System.in, "terminal");
        }
        return new SerialScanSource(new SerialScanSettings(port, settings.scannerBaud(),
                Framing.parse(settings.scannerFraming()), settings.scannerGapMillis(),
                SerialScanSettings.DEFAULT_RECONNECT_INTERVAL));
    }

    /** Today's scans for the staff overlay, e.g. {@code accepted 12, rejected 3 (URL 1, GARBLED 2)}. */
    String countsText() {
        LocalDate today = LocalDate.now(clock);
        Indicators counted = parts.countedToday();
        String reasons = Arrays.stream(RejectionReason.values())
                .filter(reason -> counted.count(EventKind.SCAN_REJECTED, reason.name()) > 0)
                .map(reason -> reason.name() + " " + counted.count(EventKind.SCAN_REJECTED, reason.name()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s: accepted %d, rejected %d%s%n%s", today,
                counted.count(EventKind.SCAN_ACCEPTED), counted.count(EventKind.SCAN_REJECTED),
                reasons.isEmpty() ? "" : " (" + reasons + ")", qr.status);
    }

    @Override
    public void close() {
        sync.close();
        qr.close();
        scheduler.close();
        try {
            parts.counts.stopped();
        } catch (RuntimeException e) {
            LOG.warn("Counting the kiosk's stop failed", e);
        }
        parts.close();
    }
}
