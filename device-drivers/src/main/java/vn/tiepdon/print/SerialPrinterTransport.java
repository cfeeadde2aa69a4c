package vn.tiepdon.print;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortIOException;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;

/** A printer on a serial port (real COM or USB-serial), 8N1, no flow control. Two-way. */
public final class SerialPrinterTransport implements PrinterTransport {

    private static final int TIMEOUT_MODE = SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING;
    /**
     * Writes block until the bytes are out: a 16 KB ticket takes 17 s at 9600 baud, so allow that and more,
     * but not forever (a stuck adapter must not hang the kiosk).
     */
    private static final int WRITE_TIMEOUT_MILLIS = 60_000;

    private final String portName;
    private final int baud;

    public SerialPrinterTransport(String portName, int baud) {
        this.portName = portName;
        this.baud = baud;
    }

    @Override
    public PrinterConnection open() throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(portName);
        } catch (RuntimeException e) {
            throw new IOException("serial port " + portName + " not found", e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(TIMEOUT_MODE, 100, WRITE_TIMEOUT_MILLIS);
        if (!port.openPort()) {
            throw new IOException("serial port " + portName + " could not be opened (error "
                    + port.getLastErrorCode() + "; on Linux 13 means the user is not in the dialout group)");
        }
        return new Connection(port);
    }

    @Override
    public String describe() {
        return "serial:" + portName + "@" + baud;
    }

    private static final class Connection extends TwoWayConnection {
        private final SerialPort port;

        Connection(SerialPort port) {
            super(port.getOutputStream());
            this.port = port;
        }

        @Override
        public OptionalInt readByte(Duration timeout) throws IOException {
            int millis = (int) Math.max(0, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            if (millis == 0) {
                // jSerialComm treats a zero timeout as "block forever": only take what is there.
                if (port.bytesAvailable() <= 0) {
                    return OptionalInt.empty();
                }
                millis = 1;
            }
            port.setComPortTimeouts(TIMEOUT_MODE, millis, WRITE_TIMEOUT_MILLIS);
            byte[] one = new byte[1];
            int n = port.readBytes(one, 1);
            if (n < 0) {
                throw new SerialPortIOException("serial port " + port.getSystemPortName() + " failed (unplugged?)");
            }
            return n == 0 ? OptionalInt.empty() : OptionalInt.of(one[0] & 0xFF);
        }

        @Override
        public void close() throws IOException {
            try {
                output().flush();
            } finally {
                port.closePort();
            }
        }
    }
}
