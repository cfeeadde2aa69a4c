package vn.tiepdon.payment;

/** Deviations real bank apps produce; the payload is still used, and the warning is shown to IT. */
public enum DecodeWarning {
    /** Field 63 in lower-case hex (seen from MB Bank's app). */
    CRC_LOWER_CASE,
    /** Purpose (62/08) longer than NAPAS's 25 characters. */
    PURPOSE_TOO_LONG,
    /** Merchant name (59) longer than 25 characters. */
    NAME_TOO_LONG,
    /** Some 62 sub-field other than the purpose longer than 25 characters. */
    ADDITIONAL_DATA_TOO_LONG,
    /** Field 38 has no service code; treated as a transfer to an account. */
    SERVICE_CODE_MISSING,
    /** Currency (53) missing or not 704 (VND). */
    CURRENCY_NOT_VND,
    /** Country (58) missing or not VN. */
    COUNTRY_NOT_VN,
    /** Point of initiation (01) missing or neither 11 nor 12. */
    INITIATION_UNKNOWN,
    /** A field that must be ASCII carries other characters (typically Vietnamese diacritics). */
    NON_ASCII_TEXT,
    /**
     * A template the transfer does not use (unreserved 80-99, another scheme's account, 64) holds a plain value
     * rather than nested objects (MoMo writes {@code 8003046}); kept as read.
     */
    TEMPLATE_NOT_NESTED,
    /** Tip or convenience indicator (55) other than 01, 02 or 03: no tip or fee is shown. */
    TIP_INDICATOR_UNKNOWN,
    /** 55 announces a fixed (02) or percentage (03) fee, but its field (56 or 57) is absent: no fee is shown. */
    CONVENIENCE_FEE_MISSING,
    /**
     * The fee field 55 announces is not a fee: 56 not a whole number of đồng above zero, 57 not 0.01 to 99.99.
     * No fee is shown.
     */
    CONVENIENCE_FEE_INVALID,
    /** A fee field (56 or 57) that 55 does not announce; the spec says it must be absent, so it is ignored. */
    CONVENIENCE_FEE_IGNORED,
    /**
     * Lengths count UTF-8 bytes, not characters, so a value with Vietnamese letters is longer than its LEN says
     * in characters; read that way because the whole payload then adds up and its CRC matches.
     */
    LENGTHS_IN_BYTES
}
