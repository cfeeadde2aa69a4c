package vn.tiepdon.print.sim;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.tiepdon.print.Alignment;
import vn.tiepdon.print.BitImage;

/**
 * Reads an ESC/POS byte stream the way a printer does, written from the command reference and not from
 * our encoder, so tests see what a printer would see. Keeps the settings a printer keeps (justification,
 * size, bold) and attaches them to each printed line.
 * <p>
 * DLE EOT is handed to the {@link Handler} as soon as it is read, like a printer's real-time commands.
 * Commands it does not render are skipped together with their parameters when their length is known,
 * and reported as {@link EscPosElement.Unknown}; nothing in the stream makes it throw except I/O.
 */
public final class EscPosDecoder {

    /** Receives elements in stream order. */
    public interface Handler {
        void element(EscPosElement element) throws IOException;
    }

    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int DLE = 0x10;
    private static final int FS = 0x1C;
    private static final int LF = 0x0A;
    private static final int CR = 0x0D;
    private static final int HT = 0x09;
    /** Wider than any receipt printer's head (80 mm is 72 bytes; wide models stay under 128). */
    private static final int MAX_RASTER_WIDTH_BYTES = 256;
    /** Printers limit one GS v 0 to a few thousand rows; the product sends at most 255. */
    private static final int MAX_RASTER_ROWS = 4095;

    private final InputStream in;
    private final Handler handler;
    private long position;

    private Alignment alignment = Alignment.LEFT;
    private int width = 1;
    private int height = 1;
    private boolean bold;
    private final StringBuilder line = new StringBuilder();

    public EscPosDecoder(InputStream in, Handler handler) {
        this.in = in;
        this.handler = handler;
    }

    /** Decodes a whole buffer; convenient for files and tests. */
    public static List<EscPosElement> decode(byte[] bytes) {
        List<EscPosElement> elements = new ArrayList<>();
        try {
            new EscPosDecoder(new ByteArrayInputStream(bytes), elements::add).run();
        } catch (IOException e) {
            throw new IllegalStateException("a byte array cannot fail to read", e);
        }
        return elements;
    }

    /** Bytes consumed so far. */
    public long position() {
        return position;
    }

    /** Decodes until the end of the stream. Text not yet ended by a line feed is reported at the end. */
    public void run() throws IOException {
        int b;
        while ((b = read()) >= 0) {
            try {
                command(b);
            } catch (EOFException e) {
                flushLine();
                handler.element(new EscPosElement.Truncated(e.getMessage()));
                return;
            }
        }
        flushLine();
    }

    private void command(int b) throws IOException {
        switch (b) {
            case LF -> {
                // An empty line still feeds paper: keep it, a printer would.
                emitLine(true);
            }
            case CR -> {
                // Most printers ignore CR when LF follows; nothing to draw.
            }
            case HT -> line.append("    ");
            case ESC -> esc();
            case GS -> gs();
            case DLE -> dle();
            case FS -> {
                int n = need("FS");
                flushLine();
                handler.element(new EscPosElement.Unknown(new byte[] {(byte) FS, (byte) n}, "FS"));
            }
            default -> {
                if (b >= 0x20 && b < 0x7F) {
                    line.append((char) b);
                } else if (b >= 0x80) {
                    // Code-page text: which page is unknown here, mark it rather than guess.
                    line.append('\uFFFD');
                } else {
                    flushLine();
                    handler.element(new EscPosElement.Unknown(new byte[] {(byte) b}, "control"));
                }
            }
        }
    }

    private void esc() throws IOException {
        int c = need("ESC");
        switch (c) {
            case '@' -> {
                flushLine();
                alignment = Alignment.LEFT;
                width = 1;
                height = 1;
                bold = false;
                handler.element(new EscPosElement.Init());
            }
            case 'a' -> {
                int n = need("ESC a");
                flushLine();
                alignment = Alignment.fromEscPos(n);
                handler.element(new EscPosElement.Align(alignment));
            }
            case 'E' -> {
                int n = need("ESC E");
                flushLine();
                bold = (n & 1) != 0;
                handler.element(new EscPosElement.Bold(bold));
            }
            case 'd' -> {
                int n = need("ESC d");
                emitLine(false);
                handler.element(new EscPosElement.Feed(n));
            }
            // ESC ! n (print mode): the older way to set double size and emphasis.
            case '!' -> {
                int n = need("ESC !");
                flushLine();
                bold = (n & 0x08) != 0;
                height = (n & 0x10) != 0 ? 2 : 1;
                width = (n & 0x20) != 0 ? 2 : 1;
                handler.element(new EscPosElement.CharSize(width, height));
                handler.element(new EscPosElement.Bold(bold));
            }
            case '2' -> skip(new byte[] {(byte) ESC, (byte) c}, 0, "ESC 2 default line spacing");
            case '3', 'J', 'M', 't', '-', 'G', 'R', 'V', 'c', 'U', '{', 'r', 'e' ->
                    skip(new byte[] {(byte) ESC, (byte) c}, 1, "ESC " + (char) c);
            case 'p' -> skip(new byte[] {(byte) ESC, (byte) c}, 3, "ESC p drawer pulse");
            case '$', '\\' -> skip(new byte[] {(byte) ESC, (byte) c}, 2, "ESC " + (char) c + " position");
            default -> skip(new byte[] {(byte) ESC, (byte) c}, 0, "");
        }
    }

    private void gs() throws IOException {
        int c = need("GS");
        switch (c) {
            case '!' -> {
                int n = need("GS !");
                flushLine();
                width = ((n >> 4) & 0x07) + 1;
                height = (n & 0x07) + 1;
                handler.element(new EscPosElement.CharSize(width, height));
            }
            case 'v' -> raster();
            case 'V' -> cut();
            case '(' -> {
                // GS ( x pL pH data: the length is in the command, so even unknown ones skip cleanly.
                int fn = need("GS (");
                int pL = need("GS ( " + (char) fn);
                int pH = need("GS ( " + (char) fn);
                int length = pL + 256 * pH;
                readFully(length, "GS ( " + (char) fn);
                flushLine();
                handler.element(new EscPosElement.Unknown(
                        new byte[] {(byte) GS, '(', (byte) fn, (byte) pL, (byte) pH}, "GS ( " + (char) fn
                        + ", " + length + " data bytes"));
            }
            case 'B', 'H', 'f', 'h', 'w', 'a', 'r', 'I', 'L' ->
                    skip(new byte[] {(byte) GS, (byte) c}, c == 'L' ? 2 : 1, "GS " + (char) c);
            default -> skip(new byte[] {(byte) GS, (byte) c}, 0, "");
        }
    }

    private void raster() throws IOException {
        int zero = need("GS v");
        if (zero != '0') {
            skip(new byte[] {(byte) GS, 'v', (byte) zero}, 0, "GS v (not 0)");
            return;
        }
        int mode = need("GS v 0");
        int xL = need("GS v 0");
        int xH = need("GS v 0");
        int yL = need("GS v 0");
        int yH = need("GS v 0");
        int widthBytes = xL + 256 * xH;
        int rows = yL + 256 * yH;
        if (widthBytes > MAX_RASTER_WIDTH_BYTES || rows > MAX_RASTER_ROWS) {
            // No printer takes this: likely noise. Consuming gigabytes would stall the job; resynchronise instead.
            flushLine();
            handler.element(new EscPosElement.Unknown(new byte[] {(byte) GS, 'v', '0', (byte) mode,
                    (byte) xL, (byte) xH, (byte) yL, (byte) yH}, "GS v 0 too large, data not consumed"));
            return;
        }
        byte[] data = readFully(widthBytes * rows, "GS v 0 " + widthBytes * 8 + "x" + rows);
        flushLine();
        handler.element(new EscPosElement.Raster(new BitImage(widthBytes, rows, data), mode, alignment));
    }

    private void cut() throws IOException {
        int m = need("GS V");
        flushLine();
        switch (m) {
            case 0, '0' -> handler.element(new EscPosElement.Cut(false, 0));
            case 1, '1' -> handler.element(new EscPosElement.Cut(true, 0));
            case 65 -> handler.element(new EscPosElement.Cut(false, need("GS V 65")));
            case 66 -> handler.element(new EscPosElement.Cut(true, need("GS V 66")));
            default -> handler.element(new EscPosElement.Unknown(new byte[] {(byte) GS, 'V', (byte) m}, "GS V ?"));
        }
    }

    private void dle() throws IOException {
        int c = need("DLE");
        switch (c) {
            case 0x04 -> {
                int n = need("DLE EOT");
                // Real-time: answered even in the middle of a line, without printing the line.
                handler.element(new EscPosElement.StatusRequest(n));
            }
            case 0x05 -> skip(new byte[] {(byte) DLE, 0x05}, 1, "DLE ENQ");
            case 0x14 -> skip(new byte[] {(byte) DLE, 0x14}, 3, "DLE DC4");
            default -> skip(new byte[] {(byte) DLE, (byte) c}, 0, "");
        }
    }

    private void skip(byte[] head, int parameters, String name) throws IOException {
        byte[] all = new byte[head.length + parameters];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < parameters; i++) {
            all[head.length + i] = (byte) need(name.isEmpty() ? "command" : name);
        }
        flushLine();
        handler.element(new EscPosElement.Unknown(all, name));
    }

    private void flushLine() throws IOException {
        if (!line.isEmpty()) {
            emitLine(false);
        }
    }

    private void emitLine(boolean evenIfEmpty) throws IOException {
        if (line.isEmpty() && !evenIfEmpty) {
            return;
        }
        handler.element(new EscPosElement.Text(line.toString(), width, height, bold, alignment));
        line.setLength(0);
    }

    private int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    private int need(String command) throws IOException {
        int b = read();
        if (b < 0) {
            throw new EOFException(command);
        }
        return b;
    }

    private byte[] readFully(int length, String command) throws IOException {
        byte[] data = in.readNBytes(length);
        position += data.length;
        if (data.length < length) {
            throw new EOFException(command + " (" + data.length + " of " + length + " data bytes)");
        }
        return data;
    }
}
