package vn.tiepdon.station;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.counts.KioskCounts;
import vn.tiepdon.indicators.Indicators;
import vn.tiepdon.print.PrinterAddress;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.PrioritySeries;
import vn.tiepdon.store.DatabaseBackup;
import vn.tiepdon.store.DatabaseRecovery;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventLog;
import vn.tiepdon.store.SqliteEventTotals;
import vn.tiepdon.store.SqliteRegistrations;
import vn.tiepdon.store.SqliteTicketLedger;
import vn.tiepdon.ticket.CountingTicketIssuer;
import vn.tiepdon.ticket.PrintingTicketIssuer;
import vn.tiepdon.ticket.RegisteringTicketIssuer;
import vn.tiepdon.ticket.TicketIssuer;
import vn.tiepdon.ticket.TicketLayout;

/**
 * The kiosk's database and the one issuing path on it (ledger, registrations, counts, printer). The kiosk and the
 * reception desk's {@code ticket issue} both open these, so they number alike; two processes may share the file.
 */
final class IssuingParts implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IssuingParts.class);

    final KioskSettings settings;
    /** The nightly copies: the check at start restores from them, the admin screen shows the last one. */
    final DatabaseBackup backup;
    final KioskDatabase database;
    final SqliteTicketLedger ledger;
    final SqliteRegistrations registrations;
    final SqliteEventLog events;
    final KioskCounts counts;
    final TicketIssuer issuer;
    private final Clock clock;

    private IssuingParts(KioskSettings settings, DatabaseBackup backup, KioskDatabase database,
                         SqliteTicketLedger ledger, Clock clock) {
        this.settings = settings;
        this.backup = backup;
        this.database = database;
        this.ledger = ledger;
        this.clock = clock;
        this.events = new SqliteEventLog(database, clock.getZone());
        this.counts = new KioskCounts(settings.kioskId(), events, clock);
        PrintingTicketIssuer printing = new PrintingTicketIssuer(ledger,
                PrinterAddress.parse(settings.printerAddress()),
                new TicketLayout(settings.hospitalName(), settings.paperWidthDots()),
                // Reprints after a restart must find the priority series' names too.
                PrioritySeries.withPrioritySeries(settings.services()), clock, counts);
        this.registrations = new SqliteRegistrations(database, settings.kioskId(), clock.getZone());
        this.issuer = new CountingTicketIssuer(
                new RegisteringTicketIssuer(printing, registrations, settings.priority(), clock), counts);
    }

    /**
     * For the kiosk process, which owns the files: it repairs a damaged database, holds disk space back, and marks
     * the tickets its previous run left mid-print.
     */
    static IssuingParts forKiosk(KioskSettings settings, Clock clock) {
        return open(settings, clock, true, database -> {
            database.keepReserve();
            return SqliteTicketLedger.openForKiosk(database, settings.dayStartHour(), clock, settings.kioskId());
        });
    }

    /**
     * For a desk command beside the kiosk, which must not touch the kiosk's files or tickets: a damaged database is
     * refused, saying so (moving it away would pull it from under the running kiosk), and a ticket left unprinted
     * may be the one the kiosk is printing.
     */
    static IssuingParts besideTheKiosk(KioskSettings settings, Clock clock) {
        return open(settings, clock, false,
                database -> new SqliteTicketLedger(database, settings.dayStartHour(), clock, settings.kioskId()));
    }

    private static IssuingParts open(KioskSettings settings, Clock clock, boolean repair,
                                     Function<KioskDatabase, SqliteTicketLedger> ledger) {
        DatabaseBackup backup = new DatabaseBackup(settings.dataDir().resolve(KioskDatabase.FILE_NAME),
                settings.upkeep().backupDir(), settings.upkeep().backupKeep(), clock);
        // Every process that gives numbers checks first.
        DatabaseRecovery.checkBeforeIssuing(settings.dataDir(), backup, settings.upkeep().backupDir(),
                PrioritySeries.withPrioritySeries(settings.services()).stream().map(Service::code).toList(),
                settings.dayStartHour(), clock, repair);
        KioskDatabase database = KioskDatabase.open(settings.dataDir());
        try {
            return new IssuingParts(settings, backup, database, ledger.apply(database), clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Personal data for the HIS is deleted once past its retention. */
    void purgeHandoff() {
        int purged = registrations.purgeHandoff(LocalDateTime.now(clock), settings.handoffRetention());
        if (purged > 0) {
            LOG.info("Purged {} hand-off records older than {}", purged, settings.handoffRetention());
        }
    }

    /** What today's events count, as the indicators read them. */
    Indicators countedToday() {
        LocalDate today = LocalDate.now(clock);
        return new SqliteEventTotals(database).indicators(today, today);
    }

    /** Stores what waited in memory if the disk has room again, then closes the file. */
    @Override
    public void close() {
        try {
            if (database.lowOnSpace()) {
                database.keepReserve();
            }
            if (!events.flush()) {
                LOG.warn("{} counted events could not be stored before closing", events.waiting());
            }
        } catch (RuntimeException e) {
            LOG.warn("Storing the last counts failed", e);
        }
        database.close();
    }
}
