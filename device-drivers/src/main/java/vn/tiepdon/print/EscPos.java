package vn.tiepdon.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes ESC/POS commands (Epson, followed by almost every clone) to any stream: a byte buffer,
 * a socket, a serial port. Knows nothing about transports; methods chain.
 * <p>
 * Text through {@link #text} is limited to printable ASCII because code pages for Vietnamese differ
 * between vendors: Vietnamese lines go through {@link TextRasterizer} and {@link #raster}.
 */
public final class EscPos {

    public static final int ESC = 0x1B;
    public static final int GS = 0x1D;
    public static final int DLE = 0x10;
    public static final int EOT = 0x04;
    public static final int LF = 0x0A;

    /** Tallest raster band sent in one GS v 0: some printers' receive buffers are small. */
    public static final int MAX_BAND_ROWS = 255;

    private final OutputStream out;

    public EscPos(OutputStream out) {
        this.out = out;
    }

    /** A writer over a fresh buffer; get the bytes with {@link #toByteArray()}. */
    public static EscPos toBuffer() {
        return new EscPos(new ByteArrayOutputStream());
    }

    public byte[] toByteArray() {
        if (out instanceof ByteArrayOutputStream buffer) {
            return buffer.toByteArray();
        }
        throw new IllegalStateException("this writer does not write to a buffer");
    }

    /** ESC @: back to power-on settings; start every job with it. */
    public EscPos init() {
        return write(ESC, '@');
    }

    /** ESC a n. */
    public EscPos align(Alignment alignment) {
        return write(ESC, 'a', alignment.escPosValue());
    }

    /** GS ! n: character width and height multipliers, 1–8 each. */
    public EscPos size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("character size must be 1..8 × 1..8, not " + width + "×" + height);
        }
        return write(GS, '!', ((width - 1) << 4) | (height - 1));
    }

    /** ESC E n. */
    public EscPos bold(boolean on) {
        return write(ESC, 'E', on ? 1 : 0);
    }

    /** Printable ASCII in the printer's font; anything else becomes '?' rather than garbage. */
    public EscPos text(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            write(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return this;
    }

    /** Text and a line feed, which prints the line. */
    public EscPos line(String ascii) {
        return text(ascii).write(LF);
    }

    /** GS v 0 in bands of at most {@value #MAX_BAND_ROWS} rows. An empty image sends nothing. */
    public EscPos raster(BitImage image) {
        for (int top = 0; top < image.height(); top += MAX_BAND_ROWS) {
            BitImage band = image.rows(top, Math.min(image.height(), top + MAX_BAND_ROWS));
            write(GS, 'v', '0', 0,
                    band.widthBytes() & 0xFF, band.widthBytes() >> 8,
                    band.height() & 0xFF, band.height() >> 8);
            writeBytes(band.bytes());
        }
        return this;
    }

    /** ESC d n: print and feed n lines. */
    public EscPos feed(int lines) {
        return write(ESC, 'd', clampByte(lines));
    }

    /** GS V 66 n: feed n dots (so the last line clears the cutter) and cut, leaving a hinge. */
    public EscPos feedAndCut(int dots) {
        return write(GS, 'V', 66, clampByte(dots));
    }

    /** DLE EOT n: real-time status request. */
    public EscPos statusRequest(int n) {
        return write(DLE, EOT, n);
    }

    public EscPos flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static int clampByte(int n) {
        return Math.max(0, Math.min(255, n));
    }

    private EscPos write(int... bytes) {
        try {
            for (int b : bytes) {
                out.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void writeBytes(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
