package vn.tiepdon.identity;

import java.time.LocalDate;

/**
 * An identity document read from a scan: what the patient confirms on screen and what a
 * registration keeps. Holds personal data: never log it.
 */
public sealed interface IdentityDocument permits CitizenId, HealthInsuranceCard {

    DocumentKind kind();

    String fullName();

    LocalDate dateOfBirth();

    Sex sex();

    /** The document number as a screen or a log may show it. */
    String maskedNumber();

    /**
     * True when letters of the name were lost on the way (a scanner typing as a keyboard): the
     * name is shown as read but must be checked at the counter; numbers and dates are intact.
     */
    boolean nameUnverified();
}
