package vn.tiepdon.sync.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;

/** The server could not open its port, and why, in words IT can act on. */
public final class CannotListen extends UncheckedIOException {

    public enum Reason {
        /** Another program (another server instance) has the port. */
        PORT_IN_USE,
        /** The address is not one of this computer's. */
        NOT_THIS_COMPUTER,
        /** Anything else the system refused (a port below 1024 without the right, …). */
        REFUSED
    }

    private final Reason reason;
    private final InetSocketAddress address;

    private CannotListen(Reason reason, InetSocketAddress address, String message, IOException cause) {
        super(message, cause);
        this.reason = reason;
        this.address = address;
    }

    static CannotListen because(InetSocketAddress address, Throwable failure) {
        IOException cause = ioCause(failure);
        String text = String.valueOf(cause.getMessage());
        // The JDK reports both as BindException; only its message tells them apart.
        if (cause instanceof BindException && text.contains("in use")) {
            return new CannotListen(Reason.PORT_IN_USE, address, "port " + address.getPort() + " is in use", cause);
        }
        if (cause instanceof BindException && text.contains("assign")) {
            return new CannotListen(Reason.NOT_THIS_COMPUTER, address,
                    address.getHostString() + " is not an address of this computer", cause);
        }
        return new CannotListen(Reason.REFUSED, address, "cannot listen on " + address.getHostString() + ":"
                + address.getPort() + ": " + text, cause);
    }

    /** The system's own reason: Jetty wraps the BindException in an IOException of its own, Javalin wraps that. */
    private static IOException ioCause(Throwable failure) {
        IOException first = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return bind;
            }
            if (first == null && cause instanceof IOException io) {
                first = io;
            }
        }
        return first != null ? first : new IOException(failure.getMessage(), failure);
    }

    public Reason reason() {
        return reason;
    }

    public InetSocketAddress address() {
        return address;
    }
}
