/**
 * Where scans come from. {@link vn.tiepdon.scan.SerialScanSource} reads a 2D scanner in USB virtual COM
 * (CDC-ACM) or RS-232 mode, which delivers the raw UTF-8 bytes of a CCCD QR without keyboard-layout or IME
 * trouble; {@link vn.tiepdon.scan.LineScanSource} reads lines typed into a terminal. Both cut the byte
 * stream into scans with {@link vn.tiepdon.scan.ScanFramer} and hand them to a
 * {@link vn.tiepdon.scan.ScanListener} on their own thread. Nothing here logs scan contents, which are
 * personal data; only lengths.
 */
package vn.tiepdon.scan;
