package vn.tiepdon.cli;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import vn.tiepdon.counts.ScanCounter;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.ticket.IssueOutcome;
import vn.tiepdon.ticket.TicketIssuer;
import vn.tiepdon.queue.Service;

/**
 * The kiosk's database and printer path while they are still opening. Opening them (SQLite's
 * native library, the ticket font) takes about as long as JavaFX's own start-up, so the two run
 * side by side and the attract screen appears sooner. Counting and issuing run on the kiosk's
 * worker thread, so the rare scan in the first second simply waits there.
 */
final class StartingParts implements TicketIssuer, ScanCounter {

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
    public IssueOutcome reprint(long ticketId) {
        return parts.join().issuer.reprint(ticketId);
    }

    @Override
    public void accepted() {
        parts.join().counter.accepted();
    }

    @Override
    public void rejected(RejectionReason reason) {
        parts.join().counter.rejected(reason);
    }

    /** For the staff overlay: nothing yet rather than a frozen screen. */
    String countsText() {
        return parts.isDone() && !parts.isCompletedExceptionally() ? parts.join().countsText() : "…";
    }
}
