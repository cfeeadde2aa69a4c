package vn.tiepdon.station;

import java.time.Clock;
import java.util.Optional;
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
    private final Scheduler scheduler;

    private ReceptionDesk(IssuingParts parts, Scheduler scheduler) {
        this.parts = parts;
        this.scheduler = scheduler;
    }

    /** @throws vn.tiepdon.store.DatabaseRecovery.NeedsRepair when the database needs the kiosk to repair it */
    public static ReceptionDesk open(KioskSettings settings, Clock clock) {
        IssuingParts parts = IssuingParts.besideTheKiosk(settings, clock);
        Scheduler scheduler = new Scheduler(clock);
        Housekeeping.purgeHandoff(parts, scheduler);
        scheduler.start();
        return new ReceptionDesk(parts, scheduler);
    }

    /** Issues and prints one ticket; a priced service is to be paid at the cashier, and the ticket says so. */
    public IssueOutcome issue(Service service) {
        PaymentMark payment = service.paid()
                ? new PaymentMark.AtCounter(service.priceDong(), Optional.empty()) : PaymentMark.NONE;
        return parts.issuer.issue(service, Optional.empty(), payment);
    }

    @Override
    public void close() {
        scheduler.close();
        parts.close();
    }
}
