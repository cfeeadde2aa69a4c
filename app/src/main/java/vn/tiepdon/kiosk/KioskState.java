package vn.tiepdon.kiosk;

import java.util.Optional;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.Priority;
import vn.tiepdon.ticket.IssueOutcome;
import vn.tiepdon.ticket.PaymentMark;

/**
 * What the kiosk is showing. The patient's identity lives only inside the states that
 * need it, so leaving such a state is what forgets the patient.
 */
public sealed interface KioskState {

    /** The screen the kiosk rests on: "scan your card". */
    KioskState ATTRACT = new Attract();

    /** The patient whose identity is on screen, if any. */
    default Optional<IdentityDocument> patient() {
        return Optional.empty();
    }

    record Attract() implements KioskState {
    }

    /**
     * The start screen while a device the patient needs is not working (the printer, the scanner): the kiosk
     * says it is paused and sends people to the desk, rather than letting them scan and choose for nothing.
     *
     * @param devices the devices not working, e.g. {@code printer}
     */
    record OutOfService(java.util.SortedSet<String> devices) implements KioskState {
        public OutOfService {
            devices = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(devices));
        }
    }

    /** A card was read: the patient checks it is theirs. */
    record Confirm(IdentityDocument document) implements KioskState {
        @Override
        public Optional<IdentityDocument> patient() {
            return Optional.of(document);
        }
    }

    /** The patient picks a service; empty when taking a ticket without a card. */
    record ChooseService(Optional<IdentityDocument> document) implements KioskState {
        @Override
        public Optional<IdentityDocument> patient() {
            return document;
        }
    }

    /** A number is being issued or reprinted on the worker thread. */
    record Printing() implements KioskState {
    }

    /** A screen about a code the patient was shown: paying it, or its time is over. */
    sealed interface AboutACode extends KioskState permits Paying, PaymentExpired {
        Service service();

        Optional<IdentityDocument> document();

        QrBill bill();
    }

    /**
     * The patient pays the service's price with the QR code; the number is issued once the bank says it is
     * paid, or the patient chooses the counter. The document waits here for the registration.
     */
    record Paying(Service service, Optional<IdentityDocument> document, QrBill bill) implements AboutACode {
        @Override
        public Optional<IdentityDocument> patient() {
            return document;
        }
    }

    /** The code's time on the kiosk is over (or the cashier closed it): pay at the counter, or start again. */
    record PaymentExpired(Service service, Optional<IdentityDocument> document, QrBill bill) implements AboutACode {
        @Override
        public Optional<IdentityDocument> patient() {
            return document;
        }
    }

    /**
     * The ticket came out, saying whether the service is paid.
     *
     * @param priority why the number is a priority one, as printed on it
     */
    record Done(IssueOutcome outcome, PaymentMark payment, Optional<Priority> priority) implements KioskState {
        public Done(IssueOutcome outcome, PaymentMark payment) {
            this(outcome, payment, Optional.empty());
        }

        public Done(IssueOutcome outcome) {
            this(outcome, PaymentMark.NONE);
        }
    }

    /** The number is recorded but the paper did not come out; a reprint carries the same payment line. */
    record PrintFailed(IssueOutcome outcome, PaymentMark payment) implements KioskState {
        public PrintFailed(IssueOutcome outcome) {
            this(outcome, PaymentMark.NONE);
        }
    }

    /** The scan was not an identity document the kiosk can use. */
    record Rejected(RejectionReason reason) implements KioskState {
    }

    /** Issuing itself failed (the ledger, not the printer): no number exists, the desk must help. */
    record NotIssued() implements KioskState {
    }
}
