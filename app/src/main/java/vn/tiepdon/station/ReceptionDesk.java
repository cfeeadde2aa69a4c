package vn.tiepdon.station;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.queue.Service;
import vn.tiepdon.ticket.IssueOutcome;
import vn.tiepdon.ticket.PaymentMark;

/**
 * The reception desk's {@code ticket issue}: a ticket for a patient who cannot use the kiosk, numbered and printed
 * through the kiosk's own path and database, beside the running kiosk. It checks the database but leaves repairing
 * it to the kiosk, and takes no QR payments: only the kiosk listens on the payment API's port.
 */
public final class ReceptionDesk implements AutoCloseable {

    private final IssuingParts parts;
    private final ScheduledExecutorService housekeeping;

    private ReceptionDesk(IssuingParts parts, ScheduledExecutorService housekeeping) {
        this.parts = parts;
        this.housekeeping = housekeeping;
    }

    /** @throws vn.tiepdon.store.DatabaseRecovery.NeedsRepair when the database needs the kiosk to repair it */
    public static ReceptionDesk open(KioskSettings settings, Clock clock) {
        IssuingParts parts = IssuingParts.besideTheKiosk(settings, clock);
        return new ReceptionDesk(parts, Kiosk.purgeHourly(parts));
    }

    /** Issues and prints one ticket; a priced service is to be paid at the cashier, and the ticket says so. */
    public IssueOutcome issue(Service service) {
        PaymentMark payment = service.paid()
                ? new PaymentMark.AtCounter(service.priceDong(), Optional.empty()) : PaymentMark.NONE;
        return parts.issuer.issue(service, Optional.empty(), payment);
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        parts.close();
    }
}
