package vn.tiepdon.scan;

import java.util.HexFormat;
import java.util.Optional;

/**
 * One serial port as the operating system lists it, for the {@code devices} command and the admin screen.
 *
 * @param systemName  e.g. {@code ttyACM0} or {@code COM3}
 * @param path        e.g. {@code /dev/ttyACM0} or {@code \\.\COM3}
 * @param description what the driver or device says it is; may be empty
 * @param vendorId    USB vendor id, or -1 when the port is not a USB device or the id is unknown
 * @param productId   USB product id, or -1 when unknown
 * @param serialNumber USB serial number; may be empty
 */
public record SerialPortInfo(String systemName, String path, String description, int vendorId, int productId,
                             String serialNumber) {

    public boolean hasUsbIds() {
        return vendorId >= 0 && productId >= 0;
    }

    /**
     * The {@code usb:VID:PID} spec that finds this device again even when Windows gives it another COM
     * number; empty when the ids are unknown.
     */
    public Optional<String> usbSpec() {
        return hasUsbIds() ? Optional.of(UsbPortSpec.format(vendorId, productId)) : Optional.empty();
    }

    static String hex4(int id) {
        return HexFormat.of().toHexDigits((short) id);
    }
}
