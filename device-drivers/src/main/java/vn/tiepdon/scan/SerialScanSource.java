package vn.tiepdon.scan;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans from a serial scanner (USB virtual COM / CDC-ACM, or RS-232) through jSerialComm.
 *
 * <p>One thread of its own opens the port, reads, frames with {@link ScanFramer} and calls the listener.
 * When the scanner goes away (disconnect event or read error) the thread closes the port itself, because
 * jSerialComm keeps reporting {@code isOpen()} after an unplug, drops the event listener with it, and then
 * looks for the port again every reconnect interval, so a replugged scanner works without a restart. A port
 * missing at start is handled the same way. Payload bytes are never logged, only their length.
 */
public final class SerialScanSource implements ScanSource {

    private static final Logger LOG = LoggerFactory.getLogger(SerialScanSource.class);

    /** Upper bound on how long the reader waits before checking for close, idle frames and disconnect events. */
    private static final int MAX_POLL_MILLIS = 100;
    private static final int MIN_POLL_MILLIS = 5;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(3);
    private static final String MISSING = "missing";

    private final SerialScanSettings settings;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean connected;
    private Thread reader;

    public SerialScanSource(SerialScanSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public synchronized void start(ScanListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (reader != null) {
            throw new IllegalStateException("Already started: " + describe());
        }
        if (isClosing()) {
            throw new IllegalStateException("Already closed: " + describe());
        }
        reader = Thread.ofPlatform().daemon().name("scan-serial " + settings.port()).start(() -> run(listener));
    }

    @Override
    public String describe() {
        return "serial " + settings.port() + " @" + settings.baudRate() + " " + settings.framing();
    }

    /** Whether the scanner port is open right now; for the admin status. */
    public boolean isConnected() {
        return connected;
    }

    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            closing.countDown();
            thread = reader;
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(CLOSE_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("Scanner reader {} did not stop within {}", settings.port(), CLOSE_WAIT);
            }
        }
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }

    private void run(ScanListener listener) {
        String lastFailure = null;
        while (!isClosing()) {
            Attempt attempt = open();
            if (attempt.port() == null) {
                // Report again only when the reason changes (e.g. "not found" becomes "permission denied"),
                // not at every retry; a port missing after an unplug is no news.
                String failure = attempt.missing() ? MISSING : attempt.detail();
                if (!failure.equals(lastFailure)) {
                    report(listener, false, attempt.detail());
                    lastFailure = failure;
                } else {
                    LOG.debug("Scanner {} still unavailable: {}", settings.port(), attempt.detail());
                }
                waitBeforeRetry();
                continue;
            }
            SerialPort port = attempt.port();
            report(listener, true, "opened " + port.getSystemPortPath());
            String why;
            try {
                why = readUntilGone(port, attempt.disconnected(), listener);
            } catch (RuntimeException e) {
                // Whatever the library throws, the kiosk keeps looking for its scanner.
                LOG.error("Reading scanner {} failed", settings.port(), e);
                why = "read failed: " + e.getClass().getSimpleName();
            }
            release(port);
            if (!isClosing()) {
                report(listener, false, why);
                lastFailure = MISSING;
            }
        }
        connected = false;
        LOG.info("Scanner {} closed", settings.port());
    }

    private record Attempt(SerialPort port, AtomicBoolean disconnected, boolean missing, String detail) {
    }

    private Attempt open() {
        Optional<SerialPort> found;
        try {
            found = SerialPorts.find(settings.port());
        } catch (IllegalArgumentException e) {
            return failed(e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            // a broken native library must show up in the status, not kill the reader
            return failed("serial library error: " + e);
        }
        if (found.isEmpty()) {
            return new Attempt(null, null, true, "port " + settings.port() + " not found");
        }
        SerialPort port = found.get();
        try {
            port.setComPortParameters(settings.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, pollMillis(), 0);
            if (!port.openPort()) {
                return failed("cannot open " + port.getSystemPortPath() + ": "
                        + OpenError.describe(port.getLastErrorCode()));
            }
            AtomicBoolean disconnected = new AtomicBoolean();
            port.addDataListener(new DisconnectListener(disconnected));
            return new Attempt(port, disconnected, false, "");
        } catch (RuntimeException e) {
            release(port);
            return failed("cannot open " + settings.port() + ": " + e);
        }
    }

    private static Attempt failed(String detail) {
        return new Attempt(null, null, false, detail);
    }

    private int pollMillis() {
        if (settings.framing() != Framing.GAP) {
            return MAX_POLL_MILLIS;
        }
        // Look often enough that a GAP frame ends close to its gap.
        return Math.clamp(settings.gapMillis() / 2, MIN_POLL_MILLIS, MAX_POLL_MILLIS);
    }

    private String readUntilGone(SerialPort port, AtomicBoolean disconnected, ScanListener listener) {
        ScanFramer framer = new ScanFramer(settings.framing(), Duration.ofMillis(settings.gapMillis()));
        byte[] chunk = new byte[4096];
        while (!isClosing()) {
            int count = port.readBytes(chunk, chunk.length);
            long now = System.nanoTime();
            if (count > 0) {
                for (byte[] frame : framer.feed(chunk, count, now)) {
                    deliver(listener, frame);
                }
            }
            if (count < 0 || disconnected.get()) {
                // A scan cut off by the unplug is still delivered, so it is rejected and counted, not lost.
                framer.flush().ifPresent(frame -> deliver(listener, frame));
                return count < 0 ? "read failed (unplugged?), error " + port.getLastErrorCode() : "unplugged";
            }
            framer.flushIfIdle(now).ifPresent(frame -> deliver(listener, frame));
        }
        return "closed";
    }

    private void deliver(ScanListener listener, byte[] frame) {
        LOG.debug("Scanner {}: {}-byte scan", settings.port(), frame.length);
        try {
            listener.onScan(frame);
        } catch (RuntimeException e) {
            // Only the type and place: an exception message might quote the payload, which is personal data.
            LOG.error("Scan listener failed on a {}-byte scan: {} at {}", frame.length, e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        }
    }

    private void report(ScanListener listener, boolean nowConnected, String detail) {
        connected = nowConnected;
        if (nowConnected) {
            LOG.info("Scanner {} connected: {}", settings.port(), detail);
        } else {
            LOG.warn("Scanner {} disconnected: {}; retrying every {} ms", settings.port(), detail,
                    settings.reconnectInterval().toMillis());
        }
        try {
            listener.onConnectionChange(nowConnected, detail);
        } catch (RuntimeException e) {
            LOG.error("Scan listener failed on a connection change", e);
        }
    }

    private void waitBeforeRetry() {
        try {
            closing.await(settings.reconnectInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing.countDown();
        }
    }

    private static void release(SerialPort port) {
        try {
            port.removeDataListener();
            port.closePort();
        } catch (RuntimeException e) {
            LOG.debug("Closing {} failed: {}", port.getSystemPortPath(), e.toString());
        }
    }

    /** Only flags the event; the reader thread closes the port, so no two threads touch it at once. */
    private record DisconnectListener(AtomicBoolean disconnected) implements SerialPortDataListener {

        @Override
        public int getListeningEvents() {
            return SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
        }

        @Override
        public void serialEvent(SerialPortEvent event) {
            disconnected.set(true);
        }
    }
}
