package vn.tiepdon.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.Indicators;
import vn.tiepdon.store.SqliteEventTotals;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.counts.KioskCounts;
import vn.tiepdon.counts.RecordingScanCounter;
import vn.tiepdon.counts.ScanCounter;
import vn.tiepdon.identity.IdentityQrReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.kiosk.KioskPayments;
import vn.tiepdon.kiosk.KioskWiring;
import vn.tiepdon.kiosk.fx.KioskApp;
import vn.tiepdon.print.PrinterAddress;
import vn.tiepdon.scan.Framing;
import vn.tiepdon.scan.LineScanSource;
import vn.tiepdon.scan.ScanSource;
import vn.tiepdon.scan.SerialScanSettings;
import vn.tiepdon.scan.SerialScanSource;
import vn.tiepdon.store.BackupSchedule;
import vn.tiepdon.store.DatabaseBackup;
import vn.tiepdon.store.DatabaseRecovery;
import vn.tiepdon.store.Housekeeping;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SetAsideFiles;
import vn.tiepdon.store.SqliteEventLog;
import vn.tiepdon.store.SqliteTicketLedger;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.PrioritySeries;
import vn.tiepdon.store.SqliteRegistrations;
import vn.tiepdon.ticket.CountingTicketIssuer;
import vn.tiepdon.ticket.PrintingTicketIssuer;
import vn.tiepdon.ticket.RegisteringTicketIssuer;
import vn.tiepdon.ticket.TicketIssuer;
import vn.tiepdon.ticket.TicketLayout;

/**
 * One kiosk's parts built from its settings: database, ledger, counter, printer path. The kiosk
 * window and the reception desk's {@code ticket issue} use the same parts, so they number alike.
 */
final class KioskParts implements AutoCloseable {

    /** {@code scanner.port=stdin}: scans typed into the terminal (a kiosk without a scanner, or no socat in the demo). */
    static final String STDIN_PORT = "stdin";
    private static final Logger LOG = LoggerFactory.getLogger(KioskParts.class);

    final KioskSettings settings;
    final KioskDatabase database;
    final SqliteTicketLedger ledger;
    final SqliteRegistrations registrations;
    final TicketIssuer issuer;
    final KioskPaymentParts paymentParts;
    final KioskPayments payments;
    /** What the kiosk flow counts: the day's scan counts and the events the indicators are computed from. */
    final ScanCounter flowCounter;
    final SqliteEventLog events;
    final KioskCounts counts;
    /** The nightly copies: the admin screen shows when the last one was made. */
    final DatabaseBackup backup;
    private final ScheduledExecutorService housekeeping;
    /** The kiosk itself, not a reception-desk command beside it: it reports its start and stop. */
    private final boolean kiosk;
    private final Clock clock;

    private KioskParts(KioskSettings settings, KioskDatabase database, SqliteTicketLedger ledger,
                       SqliteRegistrations registrations, TicketIssuer issuer,
                       KioskPaymentParts paymentParts, SqliteEventLog events, KioskCounts counts,
                       DatabaseBackup backup, ScheduledExecutorService housekeeping, boolean kiosk, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.ledger = ledger;
        this.registrations = registrations;
        this.issuer = issuer;
        this.paymentParts = paymentParts;
        this.payments = paymentParts.payments;
        this.events = events;
        this.counts = counts;
        this.backup = backup;
        this.flowCounter = new RecordingScanCounter(counts);
        this.housekeeping = housekeeping;
        this.kiosk = kiosk;
        this.clock = clock;
    }

    /** The parts for the reception desk's commands: numbering and printing, no payment API. */
    static KioskParts open(KioskSettings settings, Clock clock) {
        return open(settings, clock, false);
    }

    /**
     * @param takePayments true for the kiosk window: its QR payments and the payment API, when set up. Only the
     *                     kiosk listens on the API's port; a desk command started beside it must not try.
     */
    static KioskParts open(KioskSettings settings, Clock clock, boolean takePayments) {
        // Reprints after a restart must find the priority series' names too.
        List<Service> allSeries = settings.services().stream()
                .flatMap(s -> Stream.of(s, PrioritySeries.of(s))).toList();
        DatabaseBackup backup = new DatabaseBackup(settings.dataDir().resolve(KioskDatabase.FILE_NAME),
                settings.upkeep().backupDir(), settings.upkeep().backupKeep(), clock);
        // Every process that gives numbers checks first; only the kiosk itself repairs the file (a desk command
        // beside it must not move it away) — a desk command that finds it damaged refuses, saying so.
        DatabaseRecovery.checkBeforeIssuing(settings.dataDir(), backup, settings.upkeep().backupDir(),
                allSeries.stream().map(Service::code).toList(), settings.dayStartHour(), clock, takePayments);
        KioskDatabase database = KioskDatabase.open(settings.dataDir());
        try {
            if (takePayments) {
                database.keepReserve();
            }
            SqliteTicketLedger ledger = SqliteTicketLedger.openForKiosk(database, settings.dayStartHour(), clock,
                    settings.kioskId());
            SqliteEventLog events = new SqliteEventLog(database, clock.getZone());
            KioskCounts counts = new KioskCounts(settings.kioskId(), events, clock);
            PrintingTicketIssuer printing = new PrintingTicketIssuer(ledger,
                    PrinterAddress.parse(settings.printerAddress()),
                    new TicketLayout(settings.hospitalName(), settings.paperWidthDots()),
                    allSeries, settings.defaultLocale(), clock, counts);
            SqliteRegistrations registrations = new SqliteRegistrations(database, settings.kioskId(),
                    clock.getZone());
            TicketIssuer issuer = new CountingTicketIssuer(
                    new RegisteringTicketIssuer(printing, registrations, settings.priority(), clock), counts);
            KioskPaymentParts payments = takePayments ? KioskPaymentParts.open(settings, database, clock)
                    : KioskPaymentParts.none(database);
            ScheduledExecutorService housekeeping = purgeHourly(registrations, settings, clock);
            if (takePayments) {
                counts.started();
                Housekeeping care = new Housekeeping(database, events, counts, backup,
                        new SetAsideFiles(settings.dataDir(), settings.handoffRetention(), clock),
                        new BackupSchedule(settings.upkeep().backupHour()), settings.upkeep().eventRetentionDays(),
                        clock);
                housekeeping.scheduleWithFixedDelay(care::tick, 1, 60, TimeUnit.SECONDS);
                housekeeping.scheduleWithFixedDelay(() -> keepFileSafe(database, settings), 1, 60, TimeUnit.SECONDS);
            }
            return new KioskParts(settings, database, ledger, registrations, issuer, payments, events,
                    counts, backup, housekeeping, takePayments, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Every minute: the WAL copied into the file (deleting the WAL by mistake then loses at most a minute, and the
     * marks tell what it held), the marks' event sequence brought up to date and copied to the backup folder.
     */
    private static void keepFileSafe(KioskDatabase database, KioskSettings settings) {
        try {
            database.checkpoint();
            database.keepMarks(settings.upkeep().backupDir());
        } catch (RuntimeException e) {
            LOG.warn("Checkpoint or number marks failed; tried again in a minute", e);
        }
    }

    /** Personal data for the HIS is deleted once past its retention: now, then every hour. */
    private static ScheduledExecutorService purgeHourly(SqliteRegistrations registrations, KioskSettings settings,
                                                        Clock clock) {
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("housekeeping").factory());
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                int purged = registrations.purgeHandoff(LocalDateTime.now(clock), settings.handoffRetention());
                if (purged > 0) {
                    LOG.info("Purged {} hand-off records older than {}", purged, settings.handoffRetention());
                }
            } catch (RuntimeException e) {
                LOG.warn("Hand-off purge failed; it is tried again within the hour", e);
            }
        }, 0, 1, TimeUnit.HOURS);
        return housekeeping;
    }

    static ScanSource scanSource(KioskSettings settings) {
        String port = KioskCommand.scannerPort(settings);
        if (STDIN_PORT.equalsIgnoreCase(port)) {
            return new LineScanSource(System.in, "terminal");
        }
        return new SerialScanSource(new SerialScanSettings(port, settings.scannerBaud(),
                Framing.parse(settings.scannerFraming()), settings.scannerGapMillis(),
                SerialScanSettings.DEFAULT_RECONNECT_INTERVAL));
    }

    /** The kiosk's wiring while its parts are still {@code opening}: see {@link StartingParts}. */
    static KioskWiring wiringWhileOpening(KioskSettings settings, CompletableFuture<KioskParts> opening,
                                          boolean fullScreen, Clock clock, Runnable onShown) {
        return wiringWhileOpening(settings, opening, fullScreen, clock, onShown, KioskApp::close);
    }

    /** @param quit what the admin screen's "quit kiosk mode" does: closes the kiosk window, which ends the kiosk */
    static KioskWiring wiringWhileOpening(KioskSettings settings, CompletableFuture<KioskParts> opening,
                                          boolean fullScreen, Clock clock, Runnable onShown, Runnable quit) {
        StartingParts starting = new StartingParts(opening);
        return new KioskWiring(settings, scanSource(settings), new IdentityQrReader(clock, settings.scannerEncoding()),
                starting, starting, starting::countsText, fullScreen, onShown, starting,
                new KioskAdmin(opening, KioskAdmin.lockout(settings, clock), quit, clock));
    }

    /**
     * Runs the kiosk window until it is closed. The parts open on another thread once the attract
     * screen is drawn (see {@link StartingParts}); if they cannot open, the window closes and the
     * reason is reported like any other CLI failure.
     */
    static void runKiosk(KioskSettings settings, boolean fullScreen) {
        Clock clock = Clock.systemDefaultZone();
        CompletableFuture<KioskParts> opening = new CompletableFuture<>();
        Runnable open = () -> CompletableFuture.runAsync(() -> {
            try {
                opening.complete(open(settings, clock, true));
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        });
        opening.whenComplete((parts, failure) -> {
            if (failure != null) {
                LOG.error("Kiosk data or printer could not be opened", failure);
                KioskApp.close();
            }
        });
        try {
            KioskApp.launch(wiringWhileOpening(settings, opening, fullScreen, clock, open));
        } catch (IllegalStateException e) {
            LOG.error("Kiosk window failed", e);
            throw CliText.failed("kiosk.windowFailed", String.valueOf(e.getMessage()));
        }
        if (!opening.isDone()) {
            open.run(); // the window closed before it was ever drawn
        }
        try {
            opening.join().close();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw CliText.failed("kiosk.openFailed", String.valueOf(cause.getMessage()));
        }
    }

    /** What today's events count, as the indicators read them. */
    Indicators countedToday() {
        LocalDate today = LocalDate.now(clock);
        return new SqliteEventTotals(database).indicators(today, today);
    }

    /** Today's scans for the staff overlay, e.g. {@code accepted 12, rejected 3 (URL 1, GARBLED 2)}. */
    String countsText() {
        LocalDate today = LocalDate.now(clock);
        Indicators counted = countedToday();
        String reasons = Arrays.stream(RejectionReason.values())
                .filter(reason -> counted.count(EventKind.SCAN_REJECTED, reason.name()) > 0)
                .map(reason -> reason.name() + " " + counted.count(EventKind.SCAN_REJECTED, reason.name()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s: accepted %d, rejected %d%s%n%s", today,
                counted.count(EventKind.SCAN_ACCEPTED), counted.count(EventKind.SCAN_REJECTED),
                reasons.isEmpty() ? "" : " (" + reasons + ")", paymentParts.status);
    }

    @Override
    public void close() {
        paymentParts.close();
        housekeeping.shutdownNow();
        stopCounting();
        database.close();
    }

    /** The last counts: the kiosk's stop, and what waited in memory if the disk has room again. */
    private void stopCounting() {
        try {
            if (kiosk) {
                counts.stopped();
            }
            if (database.lowOnSpace()) {
                database.keepReserve();
            }
            if (!events.flush()) {
                LOG.warn("{} counted events could not be stored before the kiosk stopped", events.waiting());
            }
        } catch (RuntimeException e) {
            LOG.warn("Counting the kiosk's stop failed", e);
        }
    }
}
