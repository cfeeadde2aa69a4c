package vn.tiepdon.print;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A network printer's raw port (9100). One socket per job; the socket carries status back. */
public final class TcpPrinterTransport implements PrinterTransport {

    /** Closes sockets whose writes stall: Java socket writes have no timeout of their own. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "printer-write-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration ioTimeout;

    /**
     * @param ioTimeout longest a single read or write may block: a printer that stops taking data
     *                  (jammed, powered off without closing the connection) must not hang the kiosk
     */
    public TcpPrinterTransport(String host, int port, Duration connectTimeout, Duration ioTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.ioTimeout = ioTimeout;
    }

    @Override
    public PrinterConnection open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(connectTimeout.toMillis()));
            socket.setSoTimeout(Math.toIntExact(Math.max(1, ioTimeout.toMillis())));
            return new Connection(socket, ioTimeout);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return "tcp:" + host + ":" + port;
    }

    private static final class Connection extends TwoWayConnection {
        private final Socket socket;
        private final InputStream in;

        Connection(Socket socket, Duration writeTimeout) throws IOException {
            super(new WatchedOutput(socket, writeTimeout));
            this.socket = socket;
            this.in = socket.getInputStream();
        }

        @Override
        public OptionalInt readByte(Duration timeout) throws IOException {
            if (timeout.isZero() || timeout.isNegative()) {
                // soTimeout 0 would mean "wait forever": only take what is already there.
                return in.available() > 0 ? value(in.read()) : OptionalInt.empty();
            }
            int previous = socket.getSoTimeout();
            socket.setSoTimeout(Math.toIntExact(Math.max(1, timeout.toMillis())));
            try {
                return value(in.read());
            } catch (SocketTimeoutException e) {
                return OptionalInt.empty();
            } finally {
                socket.setSoTimeout(previous);
            }
        }

        private static OptionalInt value(int b) throws IOException {
            if (b < 0) {
                throw new IOException("printer closed the connection");
            }
            return OptionalInt.of(b);
        }

        @Override
        public void close() throws IOException {
            try {
                output().flush();
                // A clean FIN tells the printer (or print server) the job is complete.
                socket.shutdownOutput();
            } catch (IOException ignored) {
                // the socket is going away anyway
            } finally {
                socket.close();
            }
        }
    }

    /** Each write is given {@code timeout}; if it is still blocked then, the socket is closed and the write fails. */
    private static final class WatchedOutput extends FilterOutputStream {
        private final Socket socket;
        private final Duration timeout;

        WatchedOutput(Socket socket, Duration timeout) throws IOException {
            super(socket.getOutputStream());
            this.socket = socket;
            this.timeout = timeout;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ScheduledFuture<?> alarm = WATCHDOG.schedule(this::abort, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw alarm.isDone() ? new IOException("printer stopped taking data for " + timeout, e) : e;
            } finally {
                alarm.cancel(false);
            }
        }

        private void abort() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }
    }
}
