package vn.tiepdon.identity;

/**
 * Which document a patient scanned. The chip CCCD (2021–2024), the thẻ Căn cước (from July 2024)
 * and the VNeID app carry the same QR, so they are one kind; so are the BHYT card and the VssID app.
 */
public enum DocumentKind {
    CITIZEN_ID,
    HEALTH_INSURANCE
}
