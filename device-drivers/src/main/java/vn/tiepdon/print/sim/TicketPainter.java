package vn.tiepdon.print.sim;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import vn.tiepdon.print.Alignment;
import vn.tiepdon.print.BitImage;

/**
 * Draws a decoded ticket as paper: raster bands dot for dot, printer-font text in a monospace font at
 * the size and place a printer would use (Font A, 12×24 dots a character, 30 dots a line).
 */
final class TicketPainter {

    private static final int CHAR_WIDTH = 12;
    private static final int CHAR_HEIGHT = 24;
    private static final int LINE_SPACING = 6;
    private static final int FEED_LINE = CHAR_HEIGHT + LINE_SPACING;
    private static final int CUT_MARK = 12;

    private final int paperWidthDots;

    TicketPainter(int paperWidthDots) {
        this.paperWidthDots = paperWidthDots;
    }

    BufferedImage paint(DecodedTicket ticket) {
        int height = Math.max(1, walk(ticket, null));
        BufferedImage image = new BufferedImage(paperWidthDots, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, paperWidthDots, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        walk(ticket, g);
        g.dispose();
        return image;
    }

    /** Lays the ticket out; draws when {@code g} is given. Returns the height used. */
    private int walk(DecodedTicket ticket, Graphics2D g) {
        int y = 0;
        for (EscPosElement element : ticket.elements()) {
            switch (element) {
                case EscPosElement.Text text -> {
                    int lineHeight = CHAR_HEIGHT * text.height() + LINE_SPACING;
                    if (g != null && !text.text().isEmpty()) {
                        drawText(g, text, y);
                    }
                    y += lineHeight;
                }
                case EscPosElement.Raster raster -> {
                    if (g != null) {
                        drawRaster(g, raster.image(), x(raster.alignment(), raster.image().widthDots()), y);
                    }
                    y += raster.image().height();
                }
                case EscPosElement.Feed feed -> y += FEED_LINE * feed.lines();
                case EscPosElement.Cut cut -> {
                    y += cut.feedDots();
                    if (g != null) {
                        g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                                new float[] {8, 8}, 0));
                        g.drawLine(0, y + CUT_MARK / 2, paperWidthDots, y + CUT_MARK / 2);
                    }
                    y += CUT_MARK;
                }
                default -> {
                    // settings and requests leave no mark
                }
            }
        }
        return y;
    }

    private void drawText(Graphics2D g, EscPosElement.Text text, int top) {
        Font base = new Font(Font.MONOSPACED, text.bold() ? Font.BOLD : Font.PLAIN, CHAR_HEIGHT);
        // Stretch the font to the printer's cell: width and height multipliers scale independently.
        double cellWidth = base.getStringBounds("M", g.getFontRenderContext()).getWidth();
        Font font = base.deriveFont(AffineTransform.getScaleInstance(
                CHAR_WIDTH * text.width() / cellWidth, text.height()));
        g.setFont(font);
        int width = CHAR_WIDTH * text.width() * text.text().length();
        int ascent = Math.round(CHAR_HEIGHT * 0.8f * text.height());
        g.drawString(text.text(), x(text.alignment(), width), top + ascent);
    }

    private static void drawRaster(Graphics2D g, BitImage image, int left, int top) {
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.widthDots(); x++) {
                if (image.black(x, y)) {
                    g.fillRect(left + x, top + y, 1, 1);
                }
            }
        }
    }

    private int x(Alignment alignment, int width) {
        return switch (alignment) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (paperWidthDots - width) / 2);
            case RIGHT -> Math.max(0, paperWidthDots - width);
        };
    }
}
