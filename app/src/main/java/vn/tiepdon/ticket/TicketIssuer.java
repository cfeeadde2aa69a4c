package vn.tiepdon.ticket;

import java.util.Optional;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.Priority;

/**
 * Issues a queue number and prints it: the one path used by the kiosk and by the
 * reception desk's {@code ticket issue} command.
 */
public interface TicketIssuer {

    /** Records the next number for the service, then prints it. Never throws for printer trouble. */
    IssueOutcome issue(Service service);

    /**
     * The same for a patient whose document was read: an issuer that keeps registrations records
     * it, and may give a priority number. Without a patient, or for an issuer that keeps none,
     * this is {@link #issue(Service)}.
     */
    default IssueOutcome issue(Service service, Optional<IdentityDocument> patient) {
        return issue(service);
    }

    /** Prints an already issued number again (after paper out, say). */
    IssueOutcome reprint(long ticketId);

    /**
     * The same with the ticket's payment line (paid, or to pay at the counter). An issuer that cannot print
     * the mark refuses rather than print a priced ticket that says nothing about paying.
     */
    default IssueOutcome issue(Service service, Optional<IdentityDocument> patient, PaymentMark payment) {
        return issue(service, patient, payment, Optional.empty());
    }

    /**
     * The same, knowing why the patient is served first.
     *
     * @param priority why this patient is served first, when the caller knows (the kiosk's patient asked for it
     *                 without a card, or the age on the card): a registering issuer that is given none decides it
     *                 from the document; an issuer that prints puts the reason on the ticket. Issuers that know
     *                 neither ignore it.
     */
    default IssueOutcome issue(Service service, Optional<IdentityDocument> patient, PaymentMark payment,
                               Optional<Priority> priority) {
        if (payment instanceof PaymentMark.None) {
            return issue(service, patient);
        }
        throw new UnsupportedOperationException(getClass().getSimpleName() + " prints no payment lines");
    }

    /**
     * Asks the printer whether it could print now, without printing: empty when it could (or when this issuer
     * cannot tell), else why not, and whether its paper is near the end. Never throws for printer trouble.
     */
    default PrinterCheck printerCheck() {
        return PrinterCheck.READY;
    }

    /** Prints an issued number again with the payment line it was first printed with. */
    default IssueOutcome reprint(long ticketId, PaymentMark payment) {
        if (payment instanceof PaymentMark.None) {
            return reprint(ticketId);
        }
        throw new UnsupportedOperationException(getClass().getSimpleName() + " prints no payment lines");
    }
}
