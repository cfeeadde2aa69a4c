package vn.tiepdon.print;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, bundled in the jar (licence beside it, DejaVu-LICENSE.txt) so every kiosk prints the same
 * Vietnamese whatever fonts the operating system has. Loaded once, works headless.
 */
public final class TicketFonts {

    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private TicketFonts() {
    }

    /** The bundled font at {@code sizeDots} dots (one dot = one pixel of the raster). */
    public static Font font(float sizeDots, boolean bold) {
        return (bold ? BOLD : REGULAR).deriveFont(sizeDots);
    }

    private static Font load(String name) {
        try (InputStream in = TicketFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + name + " is damaged", e);
        }
    }
}
