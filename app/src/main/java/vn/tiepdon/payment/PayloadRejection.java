package vn.tiepdon.payment;

/** Why a scanned payload is not accepted as a VietQR transfer. */
public enum PayloadRejection {
    /** Nothing to read, or longer than any real payment code (guard against pasted junk). */
    EMPTY_OR_OVERSIZED,
    /** The payload stops before its CRC (field 63) is complete: the scan or paste was cut off. */
    TRUNCATED,
    /** The CRC in field 63 does not match the content: a misread or an edited code. */
    CRC_MISMATCH,
    /** A data object's length runs past the end of the payload or of its template, or is not two digits. */
    BAD_LENGTH,
    /** Not an EMVCo merchant-presented code: field 00 is missing, not first, or not "01". */
    NOT_EMVCO,
    /** A valid EMVCo code of another scheme (VNPAY merchant, e-wallet, bill code): not a NAPAS bank transfer. */
    NOT_VIETQR_TRANSFER,
    /** A VietQR code without a mandatory NAPAS field (bank BIN or account). */
    MISSING_FIELD,
    /** A field whose value cannot be a payment: an amount that is not a positive whole number of đồng. */
    BAD_FIELD
}
