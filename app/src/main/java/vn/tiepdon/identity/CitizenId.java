package vn.tiepdon.identity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the QR of a chip citizen-ID card (CCCD / thẻ Căn cước) or VNeID carries.
 * Holds personal data: never log it, never store it beyond what a registration needs.
 *
 * @param oldIdNumber    the 9-digit CMND number, or empty
 * @param nameUnverified letters of the name were lost on the way; see {@link IdentityDocument#nameUnverified()}
 */
public record CitizenId(String idNumber, String oldIdNumber, String fullName, LocalDate dateOfBirth,
                        Sex sex, String address, LocalDate issueDate, boolean nameUnverified)
        implements IdentityDocument {

    public CitizenId {
        Objects.requireNonNull(idNumber, "idNumber");
        oldIdNumber = oldIdNumber == null ? "" : oldIdNumber;
    }

    /** A card read intact. */
    public CitizenId(String idNumber, String oldIdNumber, String fullName, LocalDate dateOfBirth,
                     Sex sex, String address, LocalDate issueDate) {
        this(idNumber, oldIdNumber, fullName, dateOfBirth, sex, address, issueDate, false);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.CITIZEN_ID;
    }

    @Override
    public String maskedNumber() {
        return maskedId();
    }

    /** The ID as a patient may see it and a log may hold it: {@code 0792******45}. */
    public String maskedId() {
        return IdMask.mask(idNumber);
    }

    /** Keeps the name and ID number out of anything that prints records by accident. */
    @Override
    public String toString() {
        return "CitizenId[" + maskedId() + "]";
    }
}
