package vn.tiepdon.print;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Turns the {@code printerAddress} setting into a transport. Accepted forms:
 * <ul>
 *   <li>{@code tcp:HOST:PORT} — network printer, raw port (usually 9100); two-way</li>
 *   <li>{@code serial:PORT[@BAUD]} — e.g. {@code serial:/dev/ttyUSB0@115200}, {@code serial:COM3}; two-way.
 *       Without a baud rate {@value #DEFAULT_BAUD} is used because it is the factory setting of most
 *       receipt printers, so a fresh printer works out of the box; set the printer to 115200 and say
 *       {@code @115200} for tickets to come out in about a second instead of many.</li>
 *   <li>{@code file:PATH} — a device file such as {@code /dev/usb/lp0}, or a plain file; one-way</li>
 * </ul>
 */
public final class PrinterAddress {

    public static final int DEFAULT_BAUD = 9600;
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration IO_TIMEOUT = Duration.ofSeconds(5);

    private PrinterAddress() {
    }

    /** @throws IllegalArgumentException with a message naming the accepted forms when the address is malformed */
    public static PrinterTransport parse(String address) {
        if (address == null || address.isBlank()) {
            throw bad(address, "it is empty");
        }
        String text = address.strip();
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw bad(text, "it has no kind (tcp:, serial: or file:)");
        }
        String kind = text.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        String rest = text.substring(colon + 1);
        return switch (kind) {
            case "tcp" -> tcp(text, rest);
            case "serial" -> serial(text, rest);
            case "file" -> {
                if (rest.isBlank()) {
                    throw bad(text, "the file path is missing");
                }
                yield new FilePrinterTransport(Path.of(rest));
            }
            default -> throw bad(text, "'" + kind + "' is not a known kind (tcp, serial, file)");
        };
    }

    private static PrinterTransport tcp(String text, String rest) {
        int colon = rest.lastIndexOf(':');
        if (colon <= 0) {
            throw bad(text, "a host and a port are needed, e.g. tcp:192.168.1.50:9100");
        }
        String host = rest.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = number(text, rest.substring(colon + 1), "port");
        if (port < 1 || port > 65535) {
            throw bad(text, "the port must be between 1 and 65535");
        }
        return new TcpPrinterTransport(host, port, CONNECT_TIMEOUT, IO_TIMEOUT);
    }

    private static PrinterTransport serial(String text, String rest) {
        int at = rest.lastIndexOf('@');
        String port = at < 0 ? rest : rest.substring(0, at);
        if (port.isBlank()) {
            throw bad(text, "the serial port name is missing, e.g. serial:/dev/ttyUSB0@115200 or serial:COM3");
        }
        int baud = at < 0 ? DEFAULT_BAUD : number(text, rest.substring(at + 1), "baud rate");
        if (baud < 300 || baud > 4_000_000) {
            throw bad(text, "the baud rate must be between 300 and 4000000");
        }
        return new SerialPrinterTransport(port, baud);
    }

    private static int number(String text, String value, String what) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw bad(text, "the " + what + " '" + value + "' is not a number");
        }
    }

    private static IllegalArgumentException bad(String address, String why) {
        return new IllegalArgumentException("Printer address '" + address + "' is not usable: " + why
                + ". Use tcp:HOST:PORT, serial:PORT[@BAUD] or file:PATH.");
    }
}
