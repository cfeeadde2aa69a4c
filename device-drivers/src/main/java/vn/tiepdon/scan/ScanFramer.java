package vn.tiepdon.scan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cuts the byte stream of a scanner into scans. Pure logic without I/O or clock access, so every
 * timing case can be tested with made-up times: the caller passes the arrival time of each chunk
 * and calls {@link #flushIfIdle(long)} now and then.
 *
 * <p>Rules, chosen so a misconfigured scanner never loses a scan silently:
 * <ul>
 *   <li>The terminator is removed. Under {@link Framing#CR} an LF right after the CR is swallowed, and under
 *       {@link Framing#LF} a CR right before the LF is dropped, so a scanner left on CRLF still gives
 *       clean scans instead of an extra empty or CR-tailed one.</li>
 *   <li>Empty frames (two terminators in a row) are dropped: they are not scans.</li>
 *   <li>Under {@link Framing#GAP} a frame ends when no byte arrived for the gap.</li>
 *   <li>Under the terminator framings, bytes left without a terminator for {@code staleAfter} are emitted
 *       anyway, so a scanner sending another suffix (or none) shows up as rejected scans rather than
 *       scans that silently merge with the next one.</li>
 *   <li>A runaway frame reaching {@code maxFrameBytes} is emitted as is, so the application rejects and
 *       counts it; the bytes after it start a new frame.</li>
 * </ul>
 * Not thread-safe: one framer belongs to one reading thread.
 */
public final class ScanFramer {

    /** Far above any identity QR (a CCCD payload is under 200 bytes), low enough to bound memory. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 16 * 1024;

    /** How long an unterminated frame may wait for its terminator before it is emitted anyway. */
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofSeconds(2);

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final Framing framing;
    private final long idleLimitNanos;
    private final int maxFrameBytes;

    private byte[] buffer = new byte[256];
    private int length;
    private long lastByteNanos;
    private boolean swallowNextLf;

    /** A framer with the default stale time and frame limit. */
    public ScanFramer(Framing framing, Duration gap) {
        this(framing, gap, DEFAULT_STALE_AFTER, DEFAULT_MAX_FRAME_BYTES);
    }

    /**
     * @param gap           silence that ends a frame under {@link Framing#GAP}; ignored by other framings
     * @param staleAfter    silence after which an unterminated frame is emitted under the terminator framings
     * @param maxFrameBytes size at which a frame is emitted even without its terminator
     */
    public ScanFramer(Framing framing, Duration gap, Duration staleAfter, int maxFrameBytes) {
        this.framing = Objects.requireNonNull(framing, "framing");
        Duration idleLimit = framing == Framing.GAP ? gap : staleAfter;
        if (idleLimit.isNegative() || idleLimit.isZero()) {
            throw new IllegalArgumentException("idle limit must be positive, was " + idleLimit);
        }
        if (maxFrameBytes < 1) {
            throw new IllegalArgumentException("maxFrameBytes must be positive, was " + maxFrameBytes);
        }
        this.idleLimitNanos = idleLimit.toNanos();
        this.maxFrameBytes = maxFrameBytes;
    }

    /**
     * A framer for lines typed or pasted by a person: LF or CRLF ends a line, and an unfinished line waits
     * however long the person takes.
     */
    public static ScanFramer forTypedLines(int maxLineBytes) {
        return new ScanFramer(Framing.LF, Duration.ofMillis(1), Duration.ofDays(1), maxLineBytes);
    }

    public Framing framing() {
        return framing;
    }

    /**
     * Takes the next bytes from the scanner.
     *
     * @param chunk     bytes as read; only the first {@code count} are used and the array is not kept
     * @param nowNanos  arrival time on the {@link System#nanoTime()} scale
     * @return the frames completed by this chunk, oldest first; often empty
     */
    public List<byte[]> feed(byte[] chunk, int count, long nowNanos) {
        Objects.checkFromIndexSize(0, count, chunk.length);
        List<byte[]> frames = new ArrayList<>(1);
        // A chunk arriving after a long silence must not be glued to the old frame, even if
        // the caller was late calling flushIfIdle.
        flushIfIdle(nowNanos).ifPresent(frames::add);
        for (int i = 0; i < count; i++) {
            accept(chunk[i], frames);
        }
        if (count > 0) {
            lastByteNanos = nowNanos;
        }
        return frames;
    }

    /** Emits the pending frame if nothing arrived for the gap (GAP) or the stale time (other framings). */
    public Optional<byte[]> flushIfIdle(long nowNanos) {
        if (length > 0 && nowNanos - lastByteNanos >= idleLimitNanos) {
            return flush();
        }
        return Optional.empty();
    }

    /** Emits whatever is pending, e.g. the first half of a scan cut off by an unplugged cable. */
    public Optional<byte[]> flush() {
        if (length == 0) {
            return Optional.empty();
        }
        byte[] frame = Arrays.copyOf(buffer, length);
        length = 0;
        return Optional.of(frame);
    }

    /** Whether bytes are waiting for their terminator (or their gap). */
    public boolean hasPending() {
        return length > 0;
    }

    private void accept(byte b, List<byte[]> frames) {
        boolean swallow = swallowNextLf && b == LF;
        swallowNextLf = false;
        if (swallow) {
            return;
        }
        switch (framing) {
            case CR -> {
                if (b == CR) {
                    swallowNextLf = true;
                    endFrame(frames);
                    return;
                }
            }
            case LF -> {
                if (b == LF) {
                    dropTrailingCr();
                    endFrame(frames);
                    return;
                }
            }
            case CRLF -> {
                if (b == LF && length > 0 && buffer[length - 1] == CR) {
                    dropTrailingCr();
                    endFrame(frames);
                    return;
                }
            }
            case GAP -> {
                // only silence ends a frame
            }
        }
        append(b);
        if (length >= maxFrameBytes) {
            endFrame(frames);
        }
    }

    private void dropTrailingCr() {
        if (length > 0 && buffer[length - 1] == CR) {
            length--;
        }
    }

    private void endFrame(List<byte[]> frames) {
        flush().ifPresent(frames::add);
    }

    private void append(byte b) {
        if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, Math.max(maxFrameBytes, 1)));
        }
        buffer[length++] = b;
    }
}
