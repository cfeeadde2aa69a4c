package vn.tiepdon.indicators;

/**
 * How a registration is counted by document. The chip CCCD, the thẻ Căn cước and the VNeID app show the same QR,
 * so a kiosk cannot tell them apart: they are one subject, {@code CCCD_VNEID}.
 */
public enum DocumentSubject {
    CCCD_VNEID,
    BHYT,
    /** The patient took a number without scanning a document. */
    NONE,
    /** An accepted scan counted before version 10 (schema), whose document was not recorded. Never a registration. */
    UNKNOWN
}
