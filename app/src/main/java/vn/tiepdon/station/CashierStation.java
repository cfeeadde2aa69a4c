package vn.tiepdon.station;

import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.cashier.CustomerDisplay;
import vn.tiepdon.cashier.fx.CashierApp;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.PaymentSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.payment.api.PaymentApi;
import vn.tiepdon.payment.api.PaymentApiSettings;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.io.BankDirectoryFiles;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqlitePaymentOrders;

/**
 * The cashier's PC: the payment desk on its database, the local payment API (the hospital information system asks
 * for codes there, the bank's notifications arrive there), and the cashier's window with the customer display.
 * The cashier's payments count towards the hospital's cashless share, like the kiosk's.
 */
public final class CashierStation implements AutoCloseable {

    /** The cashier demo keeps its data apart from the kiosk demo's. */
    private static final Path DEMO_DATA = Path.of(".tiepdon", "cashier-demo");
    /** Beside the kiosk demo, which listens on 8765. */
    private static final int DEMO_LISTEN_PORT = 8766;
    private static final Logger LOG = LoggerFactory.getLogger(CashierStation.class);

    private final KioskSettings settings;
    private final KioskDatabase database;
    private final PaymentDesk desk;
    private final PaymentApi api;

    private CashierStation(KioskSettings settings, KioskDatabase database, PaymentDesk desk, PaymentApi api) {
        this.settings = settings;
        this.database = database;
        this.desk = desk;
        this.api = api;
    }

    /** The demo hospital and account; the scanner and printer are the kiosk's and never opened here. */
    public static KioskSettings demoSettings() {
        KioskSettings demo = SettingsLoader.demo(DEMO_DATA, Kiosk.STDIN_SCANNER, "tcp:127.0.0.1:9100");
        PaymentSettings payment = demo.payment().orElseThrow();
        PaymentApiSettings api = payment.api();
        return demo.withPayment(Optional.of(new PaymentSettings(payment.account(), new PaymentApiSettings(
                new InetSocketAddress("127.0.0.1", DEMO_LISTEN_PORT), api.token(), api.webhookSecret(),
                api.sepayApiKey()))));
    }

    /**
     * Opens the database and the desk and starts the payment API.
     *
     * @param settings with a payment account: the command line says what to set when there is none
     * @throws StationFailure when the API's port is taken
     */
    public static CashierStation open(KioskSettings settings, Clock clock) {
        PaymentSettings payment = settings.payment()
                .orElseThrow(() -> new IllegalArgumentException("the cashier needs payment settings"));
        KioskDatabase database = KioskDatabase.open(settings.dataDir());
        try {
            PaymentDesk desk = new PaymentDesk(payment.account(),
                    new SqlitePaymentOrders(database, clock.getZone(), settings.kioskId()), clock);
            try {
                return new CashierStation(settings, database, desk, PaymentApi.start(payment.api(), desk));
            } catch (UncheckedIOException busy) {
                throw new StationFailure(StationFailure.Part.PAYMENT_API, busy);
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Where the payment API really listens (the settings may ask for any free port). */
    public InetSocketAddress apiAddress() {
        return api.address();
    }

    /**
     * Shows the cashier's window and the customer display until the window is closed.
     *
     * @throws StationFailure when the window could not be opened
     */
    public void runWindow() {
        String bin = settings.payment().orElseThrow().account().bin();
        try {
            CashierApp.run(desk, settings.hospitalName(), CustomerDisplay.bankName(BankDirectoryFiles.bundled(), bin));
        } catch (IllegalStateException e) {
            LOG.error("Cashier window failed", e);
            throw new StationFailure(StationFailure.Part.CASHIER_WINDOW, e);
        }
    }

    @Override
    public void close() {
        try {
            api.close();
        } finally {
            database.close();
        }
    }
}
