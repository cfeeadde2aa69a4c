package vn.tiepdon.registration;

import java.util.Optional;
import vn.tiepdon.identity.IdentityDocument;

/** Where registrations are kept, with the hand-off of the document to the hospital information system. */
public interface Registrations {

    /** @param handoff the document as read, for the HIS; empty for a ticket without a card */
    void record(Registration registration, Optional<IdentityDocument> handoff);
}
