package vn.tiepdon.station;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.PaymentSettings;
import vn.tiepdon.kiosk.DeskPayments;
import vn.tiepdon.kiosk.KioskPayments;
import vn.tiepdon.payment.Bank;
import vn.tiepdon.payment.api.PaymentApi;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.io.BankDirectoryFiles;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqlitePaymentOrders;

/**
 * The kiosk's QR payments built from its settings: the payment desk on the kiosk's database and the local
 * payment API through which the bank's notifications arrive. Without that API a code could be paid and never
 * confirmed, so when it cannot start the kiosk takes no QR payments at all: patients are sent to the counter,
 * and staff read why on the status overlay.
 */
final class QrPayments implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QrPayments.class);

    final KioskPayments payments;
    final Optional<PaymentDesk> desk;
    /** One line for the staff overlay: whether QR payments are on, and where the API listens. */
    final String status;
    private final PaymentApi api;

    private QrPayments(KioskPayments payments, Optional<PaymentDesk> desk, String status, PaymentApi api) {
        this.payments = payments;
        this.desk = desk;
        this.status = status;
        this.api = api;
    }

    private static QrPayments none(String status) {
        return new QrPayments(KioskPayments.NONE, Optional.empty(), status, null);
    }

    static QrPayments open(KioskSettings settings, KioskDatabase database, Clock clock) {
        if (settings.payment().isEmpty()) {
            return none("QR payments: not set up (priced services are paid at the counter)");
        }
        PaymentSettings payment = settings.payment().get();
        PaymentDesk desk = new PaymentDesk(payment.account(),
                new SqlitePaymentOrders(database, clock.getZone(), settings.kioskId()), clock);
        PaymentApi api;
        try {
            api = PaymentApi.start(payment.api(), desk);
        } catch (RuntimeException e) {
            LOG.error("Payment API could not listen on {}: the kiosk takes no QR payments, patients pay at the "
                    + "counter", payment.api().address(), e);
            return none("QR payments OFF: payment API cannot listen on " + payment.api().address()
                    + " (" + e.getMessage() + ") — patients pay at the counter");
        }
        String bankName = BankDirectoryFiles.bundled().byBin(payment.account().bin()).map(Bank::shortName)
                .orElse("BIN " + payment.account().bin());
        LOG.info("QR payments on: payment API listening on {}", api.address());
        return new QrPayments(new DeskPayments(desk, settings.kioskId(), bankName), Optional.of(desk),
                "QR payments: on, API at " + api.address().getHostString() + ":"
                + api.address().getPort(), api);
    }

    /** Where the API listens, once started (port 0 in the settings picks a free one). */
    Optional<InetSocketAddress> apiAddress() {
        return Optional.ofNullable(api).map(PaymentApi::address);
    }

    @Override
    public void close() {
        if (api != null) {
            api.close();
        }
    }
}
