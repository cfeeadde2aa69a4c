package vn.tiepdon.registration;

import java.time.LocalDateTime;
import java.util.Optional;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.identity.Sex;

/**
 * A patient's visit as the kiosk counts it: which document, how old, which service, priority or
 * not. No ID number beyond its masked form, no name: this is what statistics may be built from.
 * The full data the hospital information system needs goes to the hand-off store, which is purged.
 *
 * @param document     empty for a ticket taken without a card
 * @param maskedNumber e.g. {@code 0010******56}; empty without a card
 */
public record Registration(long ticketId, LocalDateTime registeredAt, String serviceCode,
                           Optional<DocumentKind> document, String maskedNumber, Optional<Integer> ageYears,
                           Optional<Sex> sex, boolean priority, boolean nameUnverified) {

    public static Registration of(long ticketId, LocalDateTime at, String serviceCode,
                                  Optional<IdentityDocument> document, PriorityRule rule) {
        return of(ticketId, at, serviceCode, document,
                document.map(d -> rule.isPriority(d.dateOfBirth(), at.toLocalDate())).orElse(false));
    }

    /** @param priority whether the ticket was a priority one: by age, or asked for without a card */
    public static Registration of(long ticketId, LocalDateTime at, String serviceCode,
                                  Optional<IdentityDocument> document, boolean priority) {
        if (document.isEmpty()) {
            return new Registration(ticketId, at, serviceCode, Optional.empty(), "", Optional.empty(),
                    Optional.empty(), priority, false);
        }
        IdentityDocument d = document.get();
        return new Registration(ticketId, at, serviceCode, Optional.of(d.kind()), d.maskedNumber(),
                Optional.of(PriorityRule.ageInYears(d.dateOfBirth(), at.toLocalDate())), Optional.of(d.sex()),
                priority, d.nameUnverified());
    }
}
