package vn.tiepdon.kiosk.fx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a JavaFX image as PNG with the JDK's own encoder, so screenshots need no javafx-swing. */
public final class PngFiles {

    private PngFiles() {
    }

    public static void write(WritableImage image, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(buffered(image), "png", file.toFile())) {
            throw new IOException("No PNG writer");
        }
    }

    /** The same pixels as a java.awt image, e.g. for ZXing to read a code off a screen. */
    public static BufferedImage buffered(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        return buffered;
    }
}
