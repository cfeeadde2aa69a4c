package vn.tiepdon.scan;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Lists serial ports and finds the one a port spec names. */
public final class SerialPorts {

    private static final String WINDOWS_DEVICE_PREFIX = "\\\\.\\";

    private SerialPorts() {
    }

    /**
     * The serial ports the operating system knows now, for the {@code devices} command.
     *
     * @throws IllegalStateException when the native serial library cannot be loaded (e.g. a read-only
     *                               or {@code noexec} temp directory)
     */
    public static List<SerialPortInfo> list() {
        return Arrays.stream(commPorts()).map(SerialPorts::info).toList();
    }

    /**
     * Finds the port a spec names, without opening it. Accepted specs: a system name ({@code ttyACM0},
     * {@code COM3}), a path ({@code /dev/ttyACM0}, or a symlink such as {@code /tmp/ttyScanner} made by
     * socat or a udev rule, resolved to its target now, so a re-created link is followed on the next call),
     * or {@code usb:VID:PID[:SERIAL]}.
     *
     * @return empty when no such port is present right now (unplugged, link gone)
     * @throws IllegalArgumentException for a malformed {@code usb:} spec
     */
    static Optional<SerialPort> find(String spec) {
        Optional<UsbPortSpec> usb = UsbPortSpec.parse(spec);
        if (usb.isPresent()) {
            return Arrays.stream(commPorts())
                    .filter(p -> usb.get().matches(p.getVendorID(), p.getProductID(), p.getSerialNumber()))
                    .findFirst();
        }
        String name = Platform.WINDOWS && spec.startsWith(WINDOWS_DEVICE_PREFIX)
                ? spec.substring(WINDOWS_DEVICE_PREFIX.length()) : spec;
        if (!Platform.WINDOWS && name.contains("/")) {
            return byPath(Path.of(name));
        }
        Optional<SerialPort> listed = Arrays.stream(commPorts())
                .filter(p -> p.getSystemPortName().equalsIgnoreCase(name))
                .findFirst();
        if (listed.isPresent() || Platform.WINDOWS) {
            return listed;
        }
        // Unlisted names such as pseudo-terminals still live under /dev.
        return byPath(Path.of("/dev", name));
    }

    static SerialPortInfo info(SerialPort port) {
        return new SerialPortInfo(port.getSystemPortName(), port.getSystemPortPath(),
                nullToEmpty(port.getPortDescription()), port.getVendorID(), port.getProductID(),
                nullToEmpty(port.getSerialNumber()));
    }

    /**
     * Checks existence ourselves: for a path that does not exist jSerialComm quietly falls back to
     * {@code /dev/<last path element>}, which could open an unrelated device.
     */
    private static Optional<SerialPort> byPath(Path path) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SerialPort.getCommPort(path.toRealPath().toString()));
        } catch (IOException | SerialPortInvalidPortException e) {
            // vanished between the two calls: the same as not plugged in
            return Optional.empty();
        }
    }

    private static SerialPort[] commPorts() {
        try {
            return SerialPort.getCommPorts();
        } catch (LinkageError e) {
            throw new IllegalStateException("The serial port library could not load its native part: " + e, e);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
