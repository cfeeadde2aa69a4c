package vn.tiepdon.identity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the QR of a health-insurance card (thẻ BHYT, printed or in the VssID app) carries.
 * Holds personal data: never log it, never store it beyond what a registration needs.
 *
 * @param cardNumber    15 characters on the old template (e.g. {@code DN4010123456789}), or the 10-digit
 *                      social-insurance number on the 2021 template
 * @param address       empty on the 2021 template, which carries none
 * @param facilityCode  registered primary-care facility, normalised to 5 characters: 2 province digits, then
 *                      3 letters or digits (e.g. {@code 01001}, {@code 01C54})
 * @param validTo       empty when the card is open-ended
 * @param checkString   the insurer's opaque check value, kept as read (it cannot be verified offline)
 */
public record HealthInsuranceCard(String cardNumber, String fullName, LocalDate dateOfBirth, Sex sex, String address,
                                  String facilityCode, LocalDate validFrom, Optional<LocalDate> validTo,
                                  LocalDate issueDate, String checkString, boolean nameUnverified)
        implements IdentityDocument {

    public HealthInsuranceCard {
        Objects.requireNonNull(cardNumber, "cardNumber");
        address = address == null ? "" : address;
        validTo = validTo == null ? Optional.empty() : validTo;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.HEALTH_INSURANCE;
    }

    /** Keeps the object code and benefit level, hides the rest: {@code DN40*********89} / {@code 0123****89}. */
    @Override
    public String maskedNumber() {
        return IdMask.mask(cardNumber);
    }

    /** The beneficiary code of an old-template card ({@code DN}, {@code TE} …); empty on the 2021 template. */
    public Optional<String> objectCode() {
        return cardNumber.length() >= 2 && Character.isLetter(cardNumber.charAt(0))
                ? Optional.of(cardNumber.substring(0, 2)) : Optional.empty();
    }

    /** False when the card's beneficiary code is not in {@link BhytObjectCodes}: accepted, but worth a look at the desk. */
    public boolean objectCodeKnown() {
        return objectCode().map(BhytObjectCodes::isKnown).orElse(true);
    }

    /** Whether the card is valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && validTo.map(to -> !day.isAfter(to)).orElse(true);
    }

    @Override
    public String toString() {
        return "HealthInsuranceCard[" + maskedNumber() + "]";
    }
}
