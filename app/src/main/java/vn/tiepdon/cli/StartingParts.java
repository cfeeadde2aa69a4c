package vn.tiepdon.cli;

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
final class StartingParts implements TicketIssuer, ScanCounter, KioskPayments {

    private final CompletableFuture<KioskParts> parts;

    StartingParts(CompletableFuture<KioskParts> parts) {
        this.parts = parts;
    }

    @Override
    public IssueOutcome issue(Service service) {
        return parts.join().issuer.issue(service);
    }

    @Override
    public IssueOutcome issue(Service service, Optional<IdentityDocument> patient) {
        return parts.join().issuer.issue(service, patient);
    }

    @Override
    public IssueOutcome issue(Service service, Optional<IdentityDocument> patient, PaymentMark payment) {
        return parts.join().issuer.issue(service, patient, payment);
    }

    @Override
    public IssueOutcome reprint(long ticketId) {
        return parts.join().issuer.reprint(ticketId);
    }

    @Override
    public IssueOutcome reprint(long ticketId, PaymentMark payment) {
        return parts.join().issuer.reprint(ticketId, payment);
    }

    @Override
    public Optional<QrBill> open(Service service) {
        return parts.join().payments.open(service);
    }

    @Override
    public PaymentMark payAtCounter(QrBill bill) {
        return parts.join().payments.payAtCounter(bill);
    }

    /** Listens from the moment the parts are open; no order can change before that. */
    @Override
    public void watch(Consumer<BillUpdate> listener) {
        parts.thenAccept(open -> open.payments.watch(listener));
    }

    @Override
    public void accepted(DocumentKind kind) {
        parts.join().flowCounter.accepted(kind);
    }

    @Override
    public void rejected(RejectionReason reason) {
        parts.join().flowCounter.rejected(reason);
    }

    @Override
    public void idleReset() {
        parts.join().flowCounter.idleReset();
    }

    @Override
    public void scannerConnection(boolean connected) {
        parts.join().flowCounter.scannerConnection(connected);
    }

    /** For the staff overlay: nothing yet rather than a frozen screen. */
    String countsText() {
        return parts.isDone() && !parts.isCompletedExceptionally() ? parts.join().countsText() : "…";
    }
}
