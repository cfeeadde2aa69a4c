package vn.tiepdon.identity;

/**
 * Why a scan was not accepted as an identity document. Each has a message for the patient
 * in the resource bundle under {@code scan.rejected.<CODE>}, and is counted by kind.
 */
public enum RejectionReason {
    /** Bytes that are not text: noise, a wrong code page, a damaged code, broken hex in a BHYT code. */
    GARBLED,
    /** The start of an ID payload, cut off (also a bare ID number or BHYT card number). */
    TRUNCATED,
    /** A web address (VNeID share links, posters, ads). Never opened. */
    URL,
    /** A VietQR / EMVCo bank payment code. */
    BANK_PAYMENT_QR,
    /** Some other text or code: not an ID document. */
    NOT_AN_ID,
    /** A date that does not exist or lies in the future, or a BHYT validity that ends before it starts. */
    BAD_DATE,
    /** The fields contradict each other: the data cannot be trusted. */
    CHECK_FAILED,
    /** A BHYT card whose validity does not cover today: the patient takes a ticket without it. */
    EXPIRED_CARD,
    /**
     * An opaque token (a VNeID share or verification code) that only the issuer's servers can read;
     * the patient should show the card's QR instead.
     */
    UNSUPPORTED_TOKEN,
    /** The machine-readable zone on the back of the card, read as text: the QR is on the front. */
    MRZ
}
