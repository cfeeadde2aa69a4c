package vn.tiepdon.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans typed or pasted into a terminal, one per line: the fallback when neither a scanner nor socat is at
 * hand. Lines end with LF or CRLF; empty lines are skipped; a last line without a newline still counts.
 * Text typed in a terminal whose charset is not UTF-8 (a Windows console, say) is re-encoded to UTF-8,
 * so listeners always get what a UTF-8 scanner would have sent.
 */
public final class LineScanSource implements ScanSource {

    private static final Logger LOG = LoggerFactory.getLogger(LineScanSource.class);

    private final InputStream input;
    private final Charset inputCharset;
    private final String name;
    private volatile boolean closed;
    private Thread reader;

    /** Reads UTF-8 lines. */
    public LineScanSource(InputStream input, String name) {
        this(input, StandardCharsets.UTF_8, name);
    }

    /**
     * @param inputCharset charset of the incoming text, e.g. the console's
     * @param name         for {@link #describe()}, e.g. "stdin"
     */
    public LineScanSource(InputStream input, Charset inputCharset, String name) {
        this.input = Objects.requireNonNull(input, "input");
        this.inputCharset = Objects.requireNonNull(inputCharset, "inputCharset");
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public synchronized void start(ScanListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (reader != null) {
            throw new IllegalStateException("Already started: " + describe());
        }
        reader = Thread.ofPlatform().daemon().name("scan-lines " + name).start(() -> run(listener));
    }

    @Override
    public String describe() {
        return "lines from " + name;
    }

    /**
     * Stops delivering (nothing more reaches the listener, not even a connection change) and closes the
     * stream. A thread blocked reading a console may only notice at the next line; it is a daemon thread,
     * so it never keeps the JVM alive.
     */
    @Override
    public void close() {
        closed = true;
        try {
            input.close();
        } catch (IOException e) {
            LOG.debug("Closing {} failed: {}", name, e.toString());
        }
    }

    private void run(ScanListener listener) {
        notify(listener, true, "reading " + name);
        ScanFramer framer = ScanFramer.forTypedLines(ScanFramer.DEFAULT_MAX_FRAME_BYTES);
        byte[] chunk = new byte[4096];
        String endReason = "end of input";
        try {
            int count;
            while (!closed && (count = input.read(chunk)) >= 0) {
                for (byte[] line : framer.feed(chunk, count, System.nanoTime())) {
                    deliver(listener, line);
                }
            }
            framer.flush().ifPresent(line -> deliver(listener, line));
        } catch (IOException e) {
            endReason = "read failed: " + e.getMessage();
        }
        notify(listener, false, endReason);
    }

    private void deliver(ScanListener listener, byte[] line) {
        if (closed) {
            return;
        }
        byte[] payload = inputCharset.equals(StandardCharsets.UTF_8)
                ? line : new String(line, inputCharset).getBytes(StandardCharsets.UTF_8);
        try {
            listener.onScan(payload);
        } catch (RuntimeException e) {
            LOG.error("Scan listener failed on a {}-byte line: {}", payload.length, e.getClass().getName());
        }
    }

    private void notify(ScanListener listener, boolean connected, String detail) {
        if (closed) {
            return;
        }
        try {
            listener.onConnectionChange(connected, detail);
        } catch (RuntimeException e) {
            LOG.error("Scan listener failed on a connection change", e);
        }
    }
}
