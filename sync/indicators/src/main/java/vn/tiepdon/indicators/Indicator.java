package vn.tiepdon.indicators;

/**
 * Every indicator a kiosk reports, defined once. The admin screen, {@code tiepdon stats}, the exported workbook
 * and the central server all compute them through {@link Indicators}; docs/INDICATORS.md explains each for the
 * people who read the reports (a test keeps the two in step).
 */
public enum Indicator {
    /** Registrations (REGISTRATION events): one per ticket taken, with or without a document. */
    REGISTRATIONS,
    /** Registrations by document: CCCD or VNeID (one QR, not distinguishable), BHYT, none. */
    REGISTRATIONS_BY_DOCUMENT,
    /** Registrations with CCCD or VNeID ÷ all registrations; none when there were no registrations. */
    CITIZEN_ID_SHARE,
    /** Numbers given (TICKET_ISSUED) by service and by hour of the day. */
    TICKETS_BY_SERVICE_AND_HOUR,
    /** The median, in whole seconds, of the time from the scan (or the first touch) to the printed ticket. */
    MEDIAN_SCAN_TO_TICKET,
    /** Bills paid by bank transfer (QR, or confirmed by hand) ÷ bills paid, by count and by amount. */
    CASHLESS_SHARE,
    /** Rejected scans ÷ all scans, in total and by reason. */
    SCAN_REJECTION_RATE,
    /** For each device: 1 − time out of order ÷ time the kiosk was running. */
    DEVICE_UPTIME
}
