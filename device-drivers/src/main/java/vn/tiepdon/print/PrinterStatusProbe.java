package vn.tiepdon.print;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * Asks a printer how it is with DLE EOT, as Epson printers (and their clones) answer it:
 * <ul>
 *   <li>DLE EOT 1 (printer): bit 3 set = offline</li>
 *   <li>DLE EOT 2 (offline cause): bit 2 = cover open, bit 5 = stopped by paper end</li>
 *   <li>DLE EOT 4 (roll paper sensor): bits 2–3 = near end, bits 5–6 = paper end</li>
 * </ul>
 * Every status byte has bit 1 and bit 4 set and bits 0 and 7 clear; a byte not matching that is not an
 * answer to us and is skipped. Silence within the timeout is {@link PrinterStatus#NO_ANSWER}, never ready.
 */
public final class PrinterStatusProbe {

    private static final int FIXED_MASK = 0b1001_0011;
    private static final int FIXED_VALUE = 0b0001_0010;

    private final Duration timeout;

    /** @param timeout how long to wait for each answer byte; printers answer within milliseconds */
    public PrinterStatusProbe(Duration timeout) {
        this.timeout = timeout;
    }

    public PrinterStatus probe(PrinterConnection connection) throws IOException {
        if (!connection.twoWay()) {
            return PrinterStatus.UNKNOWN_ONE_WAY;
        }
        drainStaleBytes(connection);
        OptionalInt printer = ask(connection, 1);
        if (printer.isEmpty()) {
            return PrinterStatus.NO_ANSWER;
        }
        OptionalInt paper = ask(connection, 4);
        if (paper.isEmpty()) {
            return PrinterStatus.NO_ANSWER;
        }
        boolean paperEnd = (paper.getAsInt() & 0b0110_0000) != 0;
        boolean nearEnd = (paper.getAsInt() & 0b0000_1100) != 0;
        if (bit(printer.getAsInt(), 3)) {
            OptionalInt cause = ask(connection, 2);
            if (cause.isEmpty()) {
                return PrinterStatus.NO_ANSWER;
            }
            if (bit(cause.getAsInt(), 2)) {
                return PrinterStatus.COVER_OPEN;
            }
            if (bit(cause.getAsInt(), 5) || paperEnd) {
                return PrinterStatus.PAPER_OUT;
            }
            return PrinterStatus.OFFLINE;
        }
        if (paperEnd) {
            return PrinterStatus.PAPER_OUT;
        }
        return nearEnd ? PrinterStatus.PAPER_NEAR_END : PrinterStatus.READY;
    }

    private OptionalInt ask(PrinterConnection connection, int n) throws IOException {
        OutputStream out = connection.output();
        out.write(new byte[] {EscPos.DLE, EscPos.EOT, (byte) n});
        out.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return OptionalInt.empty();
            }
            OptionalInt b = connection.readByte(Duration.ofNanos(left));
            if (b.isEmpty()) {
                return OptionalInt.empty();
            }
            if ((b.getAsInt() & FIXED_MASK) == FIXED_VALUE) {
                return b;
            }
        }
    }

    /** A late answer to an earlier, timed-out request must not be read as the answer to this one. */
    private static void drainStaleBytes(PrinterConnection connection) throws IOException {
        for (int i = 0; i < 64 && connection.readByte(Duration.ZERO).isPresent(); i++) {
            // discard
        }
    }

    private static boolean bit(int value, int bit) {
        return (value & (1 << bit)) != 0;
    }
}
