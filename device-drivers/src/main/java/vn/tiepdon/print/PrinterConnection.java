package vn.tiepdon.print;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;

/** One open job to a printer. Any byte stream will do; status needs a way back. */
public interface PrinterConnection extends Closeable {

    /** Where ESC/POS bytes go. */
    OutputStream output();

    /** Whether the printer can answer (serial, TCP). A device file or spool cannot. */
    boolean twoWay();

    /**
     * Reads one byte the printer sent back, waiting at most {@code timeout}.
     * Empty when nothing came in time or the connection is one-way.
     */
    OptionalInt readByte(Duration timeout) throws IOException;
}
