package vn.tiepdon.print;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a Vietnamese line as a 1-bit image the printer prints with GS v 0: no code page needed.
 * Long lines wrap at spaces. The image is cropped to the rows with ink (plus a small margin) and to
 * the last byte column with ink, so a ticket stays small; the text keeps its place across the paper,
 * so the image must be printed left-justified.
 */
public final class TextRasterizer {

    public static final int PAPER_80MM = 576;
    public static final int PAPER_58MM = 384;

    /** White rows kept above and below the ink, so lines do not touch. */
    private static final int MARGIN_ROWS = 3;
    /** White dots kept at each side so justified text does not touch the paper edge. */
    private static final int SIDE_MARGIN = 8;

    private final int paperWidthDots;

    /** @param paperWidthDots printable width, a multiple of 8: {@value #PAPER_80MM} (80 mm) or {@value #PAPER_58MM} (58 mm) */
    public TextRasterizer(int paperWidthDots) {
        if (paperWidthDots < 64 || paperWidthDots % 8 != 0) {
            throw new IllegalArgumentException("paper width must be a multiple of 8 dots, at least 64: " + paperWidthDots);
        }
        this.paperWidthDots = paperWidthDots;
    }

    public int paperWidthDots() {
        return paperWidthDots;
    }

    /**
     * @param sizeDots font size in dots (24 is about the printer's normal font, 8 dots per mm at 203 dpi)
     * @return the image; zero rows when the text has no ink (blank)
     */
    public BitImage render(String text, float sizeDots, boolean bold, Alignment alignment) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D measure = probe.createGraphics();
        measure.setFont(TicketFonts.font(sizeDots, bold));
        FontMetrics metrics = measure.getFontMetrics();
        List<String> lines = wrap(text.strip(), metrics, paperWidthDots - 2 * SIDE_MARGIN);
        measure.dispose();

        int lineHeight = metrics.getAscent() + metrics.getDescent();
        BufferedImage image = new BufferedImage(paperWidthDots, Math.max(1, lineHeight * lines.size()),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        // A thermal head has no grey: anti-aliased edges would be thresholded into ragged strokes.
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(metrics.getFont());
        int baseline = metrics.getAscent();
        for (String line : lines) {
            int width = metrics.stringWidth(line);
            int x = switch (alignment) {
                case LEFT -> SIDE_MARGIN;
                case CENTER -> (paperWidthDots - width) / 2;
                case RIGHT -> paperWidthDots - SIDE_MARGIN - width;
            };
            g.drawString(line, Math.max(0, x), baseline);
            baseline += lineHeight;
        }
        g.dispose();
        return toBits(image);
    }

    /** Greedy word wrap; a word wider than the paper is broken between letters. */
    static List<String> wrap(String text, FontMetrics metrics, int maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (metrics.stringWidth(candidate) <= maxWidth) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            for (int i = 0; i < word.length(); ) {
                int end = i + 1;
                while (end < word.length() && metrics.stringWidth(word.substring(i, end + 1)) <= maxWidth) {
                    end++;
                }
                String piece = word.substring(i, end);
                if (end < word.length()) {
                    lines.add(piece);
                } else {
                    current.append(piece);
                }
                i = end;
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private BitImage toBits(BufferedImage image) {
        Raster pixels = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        int widthBytes = width / 8;
        byte[] full = new byte[widthBytes * height];
        int top = -1;
        int bottom = -1;
        int lastByte = -1;
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            pixels.getSamples(0, y, width, 1, 0, row);
            boolean ink = false;
            for (int x = 0; x < width; x++) {
                if (row[x] < 128) {
                    full[y * widthBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                    ink = true;
                    lastByte = Math.max(lastByte, x / 8);
                }
            }
            if (ink) {
                top = top < 0 ? y : top;
                bottom = y;
            }
        }
        if (top < 0) {
            return new BitImage(0, 0, new byte[0]);
        }
        int from = Math.max(0, top - MARGIN_ROWS);
        int to = Math.min(height, bottom + 1 + MARGIN_ROWS);
        int keptBytes = lastByte + 1;
        byte[] cropped = new byte[keptBytes * (to - from)];
        for (int y = from; y < to; y++) {
            System.arraycopy(full, y * widthBytes, cropped, (y - from) * keptBytes, keptBytes);
        }
        return new BitImage(keptBytes, to - from, cropped);
    }
}
