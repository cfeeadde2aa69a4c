package vn.tiepdon.cli;

import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.counts.DailyScanCounts;
import vn.tiepdon.counts.SqliteScanCounter;
import vn.tiepdon.identity.CccdQrReader;
import vn.tiepdon.kiosk.KioskWiring;
import vn.tiepdon.print.PrinterAddress;
import vn.tiepdon.scan.Framing;
import vn.tiepdon.scan.LineScanSource;
import vn.tiepdon.scan.ScanSource;
import vn.tiepdon.scan.SerialScanSettings;
import vn.tiepdon.scan.SerialScanSource;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteTicketLedger;
import vn.tiepdon.ticket.PrintingTicketIssuer;
import vn.tiepdon.ticket.TicketLayout;

/**
 * One kiosk's parts built from its settings: database, ledger, counter, printer path. The kiosk
 * window and the reception desk's {@code ticket issue} use the same parts, so they number alike.
 */
final class KioskParts implements AutoCloseable {

    /** {@code scanner.port=stdin}: scans typed into the terminal (a kiosk without a scanner, or no socat in the demo). */
    static final String STDIN_PORT = "stdin";

    final KioskSettings settings;
    final KioskDatabase database;
    final SqliteTicketLedger ledger;
    final SqliteScanCounter counter;
    final PrintingTicketIssuer issuer;

    private KioskParts(KioskSettings settings, KioskDatabase database, SqliteTicketLedger ledger,
                       SqliteScanCounter counter, PrintingTicketIssuer issuer) {
        this.settings = settings;
        this.database = database;
        this.ledger = ledger;
        this.counter = counter;
        this.issuer = issuer;
    }

    static KioskParts open(KioskSettings settings, Clock clock) {
        KioskDatabase database = KioskDatabase.open(settings.dataDir());
        try {
            SqliteTicketLedger ledger = SqliteTicketLedger.openForKiosk(database, settings.dayStartHour(), clock);
            SqliteScanCounter counter = new SqliteScanCounter(database, settings.dayStartHour(), clock);
            PrintingTicketIssuer issuer = new PrintingTicketIssuer(ledger,
                    PrinterAddress.parse(settings.printerAddress()),
                    new TicketLayout(settings.hospitalName(), settings.paperWidthDots()),
                    settings.services(), settings.defaultLocale(), clock);
            return new KioskParts(settings, database, ledger, counter, issuer);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    ScanSource scanSource() {
        if (STDIN_PORT.equalsIgnoreCase(settings.scannerPort())) {
            return new LineScanSource(System.in, "terminal");
        }
        return new SerialScanSource(new SerialScanSettings(settings.scannerPort(), settings.scannerBaud(),
                Framing.parse(settings.scannerFraming()), settings.scannerGapMillis(),
                SerialScanSettings.DEFAULT_RECONNECT_INTERVAL));
    }

    KioskWiring wiring(ScanSource scanSource, boolean fullScreen, Clock clock) {
        return new KioskWiring(settings, scanSource, new CccdQrReader(clock), counter, issuer,
                this::countsText, fullScreen);
    }

    /** Today's scans for the staff overlay, e.g. {@code accepted 12, rejected 3 (URL 1, GARBLED 2)}. */
    String countsText() {
        DailyScanCounts today = counter.countsToday();
        String reasons = today.rejected().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().name() + " " + e.getValue()).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s: accepted %d, rejected %d%s", today.day(), today.accepted(),
                today.totalRejected(), reasons.isEmpty() ? "" : " (" + reasons + ")");
    }

    @Override
    public void close() {
        database.close();
    }
}
