package vn.tiepdon.registration;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a patient is served first, as far as the kiosk can tell. Age comes from the card; every other ground the law
 * gives (pregnancy, severe disability, meritorious service, emergencies) is declared by the patient and checked at
 * the desk, so the kiosk never asks which one.
 *
 * @param years the age limit the rule applied (under 6, from 75); 0 for a declared priority
 */
public record Priority(Reason reason, int years) {

    public enum Reason {
        /** Younger than the rule's limit for children. */
        CHILD,
        /** At least the rule's age for elders. */
        ELDER,
        /** Asked for at the kiosk without a card; the desk checks the ground. */
        DECLARED
    }

    public static final Priority DECLARED = new Priority(Reason.DECLARED, 0);

    public Priority {
        Objects.requireNonNull(reason, "reason");
        if (years < 0 || (reason == Reason.DECLARED) != (years == 0)) {
            throw new IllegalArgumentException("a declared priority has no age, an age-based one has: " + reason
                    + " " + years);
        }
    }

    /** How the ticket ledger keeps it, for reprints: {@code ELDER 75}, {@code CHILD 6}, {@code DECLARED}. */
    public String note() {
        return reason == Reason.DECLARED ? reason.name() : reason.name() + " " + years;
    }

    /** What {@link #note()} wrote; empty for anything else (a note written by a later version, say). */
    public static Optional<Priority> fromNote(String note) {
        if (note == null) {
            return Optional.empty();
        }
        String[] parts = note.strip().split(" ");
        try {
            Reason reason = Reason.valueOf(parts[0]);
            if (reason == Reason.DECLARED) {
                return parts.length == 1 ? Optional.of(DECLARED) : Optional.empty();
            }
            return parts.length == 2 ? Optional.of(new Priority(reason, Integer.parseInt(parts[1])))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
