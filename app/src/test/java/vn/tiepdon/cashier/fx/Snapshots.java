package vn.tiepdon.cashier.fx;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** What a node looks like on screen, as pixels: written as PNG for people, read with ZXing as a phone would. */
final class Snapshots {

    private Snapshots() {
    }

    static int[] argb(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    static WritableImage of(Node node) throws ExecutionException, InterruptedException, TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(20, TimeUnit.SECONDS);
    }

    /** The text of the one QR code in the picture. */
    static String readQr(WritableImage image) throws ReaderException {
        RGBLuminanceSource source = new RGBLuminanceSource((int) image.getWidth(), (int) image.getHeight(),
                argb(image));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    static boolean hasQr(WritableImage image) {
        try {
            readQr(image);
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (ReaderException e) {
            return true;
        }
    }

    static void writePng(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, argb(image), 0, width);
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("No PNG writer");
        }
    }
}
