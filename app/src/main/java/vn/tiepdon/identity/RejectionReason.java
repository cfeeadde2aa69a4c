package vn.tiepdon.identity;

/**
 * Why a scan was not accepted as an identity document. Each has a message for the patient
 * in the resource bundle under {@code scan.rejected.<CODE>}, and is counted by kind.
 */
public enum RejectionReason {
    /** Bytes that are not text: noise, a wrong code page, a damaged code. */
    GARBLED,
    /** The start of an ID payload, cut off. */
    TRUNCATED,
    /** A web address (VNeID share links, posters, ads). Never opened. */
    URL,
    /** A VietQR / EMVCo bank payment code. */
    BANK_PAYMENT_QR,
    /** Some other text or code: not an ID document. */
    NOT_AN_ID,
    /** A date that does not exist or lies in the future. */
    BAD_DATE,
    /** The fields contradict each other: the data cannot be trusted. */
    CHECK_FAILED
}
