/**
 * Reading identity QRs: the chip CCCD (2021–2024), the thẻ Căn cước (from July 2024) and the VNeID
 * identity QR, which share one pipe-separated shape, and the BHYT card printed or in VssID.
 *
 * <p>Entry point: {@link vn.tiepdon.identity.IdentityQrReader} (also reachable as
 * {@link vn.tiepdon.identity.CccdQrReader}), returning {@link vn.tiepdon.identity.ScanResult.Accepted}
 * with a {@link vn.tiepdon.identity.CitizenId} or {@link vn.tiepdon.identity.HealthInsuranceCard}, or
 * {@link vn.tiepdon.identity.ScanResult.Rejected} with a {@link vn.tiepdon.identity.RejectionReason}.
 *
 * <p>Scanner modes, best first: virtual COM (CDC-ACM) or HID-POS sending UTF-8, read with
 * {@link vn.tiepdon.identity.ScanEncoding#AUTO}; a scanner set to Windows-1258 also reads cleanly.
 * Keyboard-wedge (USB HID keyboard) works for BHYT (pure ASCII) and for the numbers and dates of a
 * CCCD, but Vietnamese letters may be lost: pass {@link vn.tiepdon.identity.ScanChannel#KEYBOARD} and
 * such a scan is accepted with {@code nameUnverified} (rule in {@code KeyboardLoss}).
 *
 * <p>Pure domain code: no I/O, no UI, no logging. Documents hold personal data; their
 * {@code toString()} shows only the masked number.
 */
package vn.tiepdon.identity;
