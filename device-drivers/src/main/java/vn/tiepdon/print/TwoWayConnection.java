package vn.tiepdon.print;

import java.io.OutputStream;

/** What the two-way transports share: an output stream and a way back, which each reads its own way. */
abstract class TwoWayConnection implements PrinterConnection {

    private final OutputStream out;

    TwoWayConnection(OutputStream out) {
        this.out = out;
    }

    @Override
    public final OutputStream output() {
        return out;
    }

    @Override
    public final boolean twoWay() {
        return true;
    }
}
