package vn.tiepdon.scan;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach a serial (virtual COM) scanner.
 *
 * @param port              system name ({@code ttyACM0}, {@code COM3}), path or symlink ({@code /dev/ttyACM0},
 *                          {@code /tmp/ttyScanner}), or {@code usb:VID:PID[:SERIAL]} in hex
 * @param baudRate          ignored by USB virtual COM devices, used by real RS-232 scanners
 * @param framing           must match the suffix set in the scanner
 * @param gapMillis         silence that ends a scan under {@link Framing#GAP}; keep it above the scanner's
 *                          inter-character delay
 * @param reconnectInterval how often to look for the scanner again while it is missing
 */
public record SerialScanSettings(String port, int baudRate, Framing framing, int gapMillis,
                                 Duration reconnectInterval) {

    public static final int DEFAULT_BAUD_RATE = 9600;
    public static final int DEFAULT_GAP_MILLIS = 50;
    public static final Duration DEFAULT_RECONNECT_INTERVAL = Duration.ofSeconds(2);

    public SerialScanSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(framing, "framing");
        Objects.requireNonNull(reconnectInterval, "reconnectInterval");
        if (port.isBlank()) {
            throw new IllegalArgumentException("The scanner port is empty");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("Baud rate must be positive, was " + baudRate);
        }
        if (gapMillis <= 0) {
            throw new IllegalArgumentException("Gap must be positive, was " + gapMillis + " ms");
        }
        if (reconnectInterval.isNegative() || reconnectInterval.isZero()) {
            throw new IllegalArgumentException("Reconnect interval must be positive, was " + reconnectInterval);
        }
        port = port.strip();
        UsbPortSpec.parse(port); // a typo in usb:VID:PID must stop the settings loader, not the reader
    }

    /** The usual settings of a USB scanner in virtual COM mode with a CR suffix. */
    public static SerialScanSettings defaults(String port) {
        return new SerialScanSettings(port, DEFAULT_BAUD_RATE, Framing.CR, DEFAULT_GAP_MILLIS,
                DEFAULT_RECONNECT_INTERVAL);
    }

    public SerialScanSettings withFraming(Framing newFraming) {
        return new SerialScanSettings(port, baudRate, newFraming, gapMillis, reconnectInterval);
    }

    public SerialScanSettings withReconnectInterval(Duration interval) {
        return new SerialScanSettings(port, baudRate, framing, gapMillis, interval);
    }
}
