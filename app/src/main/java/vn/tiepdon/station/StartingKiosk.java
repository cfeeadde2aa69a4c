package vn.tiepdon.station;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import vn.tiepdon.counts.ScanCounter;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.kiosk.BillUpdate;
import vn.tiepdon.kiosk.KioskPayments;
import vn.tiepdon.kiosk.QrBill;
import vn.tiepdon.ticket.PaymentMark;
import vn.tiepdon.ticket.IssueOutcome;
import vn.tiepdon.ticket.TicketIssuer;
import vn.tiepdon.queue.Service;

/**
 * The kiosk's database and printer path while they are still opening. Opening them (SQLite's
 * native library, the ticket font) takes about as long as JavaFX's own start-up, so the two run
 * side by side and the attract screen appears sooner. Counting and issuing run on the kiosk's
 * worker thread, so the rare scan in the first second simply waits there.
 */
final class StartingKiosk implements TicketIssuer, ScanCounter, KioskPayments {

    private final CompletableFuture<Kiosk> opening;

    StartingKiosk(CompletableFuture<Kiosk> opening) {
        this.opening = opening;
    }

    @Override
    public IssueOutcome issue(Service service) {
        return opening.join().parts.issuer.issue(service);
    }

    @Override
    public IssueOutcome issue(Service service, Optional<IdentityDocument> patient) {
        return opening.join().parts.issuer.issue(service, patient);
    }

    @Override
    public IssueOutcome issue(Service service, Optional<IdentityDocument> patient, PaymentMark payment,
                              Optional<vn.tiepdon.registration.Priority> priority) {
        return opening.join().parts.issuer.issue(service, patient, payment, priority);
    }

    @Override
    public IssueOutcome reprint(long ticketId) {
        return opening.join().parts.issuer.reprint(ticketId);
    }

    /** Until the kiosk's parts are open, nothing is known of the printer: no pause for that. */
    @Override
    public vn.tiepdon.ticket.PrinterCheck printerCheck() {
        return opening.isDone() && !opening.isCompletedExceptionally() ? opening.join().parts.issuer.printerCheck()
                : vn.tiepdon.ticket.PrinterCheck.READY;
    }

    @Override
    public IssueOutcome reprint(long ticketId, PaymentMark payment) {
        return opening.join().parts.issuer.reprint(ticketId, payment);
    }

    @Override
    public Optional<QrBill> open(Service service) {
        return opening.join().qr.payments.open(service);
    }

    @Override
    public PaymentMark payAtCounter(QrBill bill) {
        return opening.join().qr.payments.payAtCounter(bill);
    }

    /** Listens from the moment the parts are open; no order can change before that. */
    @Override
    public void watch(Consumer<BillUpdate> listener) {
        opening.thenAccept(kiosk -> kiosk.qr.payments.watch(listener));
    }

    @Override
    public void accepted(DocumentKind kind) {
        opening.join().scanCounter.accepted(kind);
    }

    @Override
    public void rejected(RejectionReason reason) {
        opening.join().scanCounter.rejected(reason);
    }

    @Override
    public void idleReset() {
        opening.join().scanCounter.idleReset();
    }

    @Override
    public void scannerConnection(boolean connected) {
        opening.join().scanCounter.scannerConnection(connected);
    }

    /** For the staff overlay: nothing yet rather than a frozen screen. */
    String countsText() {
        return opening.isDone() && !opening.isCompletedExceptionally() ? opening.join().countsText() : "…";
    }
}
