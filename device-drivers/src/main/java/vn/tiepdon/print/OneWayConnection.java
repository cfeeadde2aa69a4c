package vn.tiepdon.print;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;

/** A job over a stream with no way back (device file, spool): nothing is ever read. Closing closes the stream. */
public final class OneWayConnection implements PrinterConnection {

    private final OutputStream out;

    public OneWayConnection(OutputStream out) {
        this.out = out;
    }

    @Override
    public OutputStream output() {
        return out;
    }

    @Override
    public boolean twoWay() {
        return false;
    }

    @Override
    public OptionalInt readByte(Duration timeout) {
        return OptionalInt.empty();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
