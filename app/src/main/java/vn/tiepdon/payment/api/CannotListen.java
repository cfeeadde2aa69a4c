package vn.tiepdon.payment.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;

/** The API could not open its port, and why, in words IT can act on. */
public final class CannotListen extends UncheckedIOException {

    public enum Reason {
        /** Another program (another cashier, another kiosk process) has the port. */
        PORT_IN_USE,
        /** The address is not one of this computer's (a LAN address copied from another PC). */
        NOT_THIS_COMPUTER,
        /** Anything else the system refused (a port below 1024 without the right, …). */
        REFUSED
    }

    private final Reason reason;

    private CannotListen(Reason reason, String message, IOException cause) {
        super(message, cause);
        this.reason = reason;
    }

    static CannotListen because(InetSocketAddress address, IOException cause) {
        String where = address.getAddress() == null ? address.getHostString() : address.getAddress().getHostAddress();
        String text = String.valueOf(cause.getMessage());
        // The JDK reports both as BindException; only its message tells them apart.
        if (cause instanceof BindException && text.contains("in use")) {
            return new CannotListen(Reason.PORT_IN_USE, "port " + address.getPort() + " on " + where
                    + " is used by another program", cause);
        }
        if (cause instanceof BindException && text.contains("assign")) {
            return new CannotListen(Reason.NOT_THIS_COMPUTER, where + " is not an address of this computer",
                    cause);
        }
        return new CannotListen(Reason.REFUSED, "cannot listen on " + where + ":" + address.getPort() + ": " + text,
                cause);
    }

    public Reason reason() {
        return reason;
    }
}
