package vn.tiepdon.print;

import java.io.IOException;

/**
 * A way to reach a printer: TCP raw port 9100, a serial port or a device file.
 * One connection per ticket: printers and print servers cope best with short jobs.
 */
public interface PrinterTransport {

    /** Opens a connection for one job. Throws when the printer cannot be reached. */
    PrinterConnection open() throws IOException;

    /** A short description for logs and messages, e.g. "tcp:192.168.1.50:9100". */
    String describe();
}
