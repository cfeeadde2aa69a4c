package vn.tiepdon.kiosk;

import java.util.Optional;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.ticket.IssueOutcome;

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

    /** The ticket came out. */
    record Done(IssueOutcome outcome) implements KioskState {
    }

    /** The number is recorded but the paper did not come out. */
    record PrintFailed(IssueOutcome outcome) implements KioskState {
    }

    /** The scan was not an identity document the kiosk can use. */
    record Rejected(RejectionReason reason) implements KioskState {
    }

    /** Issuing itself failed (the ledger, not the printer): no number exists, the desk must help. */
    record NotIssued() implements KioskState {
    }
}
