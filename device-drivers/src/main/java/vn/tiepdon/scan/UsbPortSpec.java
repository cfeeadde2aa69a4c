package vn.tiepdon.scan;

import java.util.Locale;
import java.util.Optional;

/**
 * A scanner named by its USB vendor and product id, {@code usb:VID:PID} in hex (e.g. {@code usb:0c2e:0b61}),
 * optionally followed by {@code :SERIAL} to tell two identical scanners apart. Windows renumbers COM ports
 * when a scanner moves to another USB socket; the ids stay.
 */
record UsbPortSpec(int vendorId, int productId, String serialNumber) {

    static final String PREFIX = "usb:";

    /** Returns empty when the text is not a usb spec at all; throws when it is one but malformed. */
    static Optional<UsbPortSpec> parse(String spec) {
        if (!spec.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String[] parts = spec.substring(PREFIX.length()).split(":", 3);
        if (parts.length < 2) {
            throw malformed(spec);
        }
        String serial = parts.length == 3 ? parts[2].strip() : "";
        return Optional.of(new UsbPortSpec(hexId(parts[0], spec), hexId(parts[1], spec), serial));
    }

    static String format(int vendorId, int productId) {
        return PREFIX + SerialPortInfo.hex4(vendorId) + ":" + SerialPortInfo.hex4(productId);
    }

    boolean matches(int vendor, int product, String serial) {
        return vendor == vendorId && product == productId
                && (serialNumber.isEmpty() || serialNumber.equalsIgnoreCase(serial == null ? "" : serial.strip()));
    }

    @Override
    public String toString() {
        return format(vendorId, productId) + (serialNumber.isEmpty() ? "" : ":" + serialNumber);
    }

    private static int hexId(String text, String spec) {
        String digits = text.strip().toLowerCase(Locale.ROOT);
        if (digits.startsWith("0x")) {
            digits = digits.substring(2);
        }
        if (digits.isEmpty() || digits.length() > 4) {
            throw malformed(spec);
        }
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            throw malformed(spec);
        }
    }

    private static IllegalArgumentException malformed(String spec) {
        return new IllegalArgumentException(
                "Bad USB port spec '" + spec + "'; expected usb:VID:PID in hex, e.g. usb:0c2e:0b61");
    }
}
