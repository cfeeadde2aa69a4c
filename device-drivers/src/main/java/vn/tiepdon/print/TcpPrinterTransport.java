package vn.tiepdon.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.OptionalInt;

/** A network printer's raw port (9100). One socket per job; the socket carries status back. */
public final class TcpPrinterTransport implements PrinterTransport {

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration writeStallTimeout;

    /**
     * @param readTimeout how long a blocked read may wait when no explicit timeout is given; also the
     *                    socket's default so a dead printer never hangs the kiosk
     */
    public TcpPrinterTransport(String host, int port, Duration connectTimeout, Duration readTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.writeStallTimeout = readTimeout;
    }

    @Override
    public PrinterConnection open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(connectTimeout.toMillis()));
            socket.setSoTimeout(Math.toIntExact(Math.max(1, writeStallTimeout.toMillis())));
            return new Connection(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return "tcp:" + host + ":" + port;
    }

    private static final class Connection implements PrinterConnection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.in = socket.getInputStream();
        }

        @Override
        public OutputStream output() {
            return out;
        }

        @Override
        public boolean twoWay() {
            return true;
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
                out.flush();
                // A clean FIN tells the printer (or print server) the job is complete.
                socket.shutdownOutput();
            } catch (IOException ignored) {
                // the socket is going away anyway
            } finally {
                socket.close();
            }
        }
    }
}
