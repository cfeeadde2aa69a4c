package vn.tiepdon.cashier.fx;

import java.awt.image.BufferedImage;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import vn.tiepdon.payment.io.QrImages;

/**
 * A payment code on screen: drawn by {@link QrImages} at whole pixels per module and shown unscaled and unsmoothed,
 * because blurred module edges are what make a phone held at an angle fail to read it.
 */
final class QrPicture {

    private final ImageView view = new ImageView();
    private String payload;
    private int targetPixels;

    QrPicture(String id) {
        view.setId(id);
        view.setSmooth(false);
        view.setPreserveRatio(true);
    }

    ImageView node() {
        return view;
    }

    /** Draws the code again only when the payload or the room for it changed. */
    void show(String newPayload, int newTargetPixels) {
        if (newPayload.equals(payload) && newTargetPixels == targetPixels) {
            return;
        }
        payload = newPayload;
        targetPixels = newTargetPixels;
        view.setImage(toFx(QrImages.render(newPayload, newTargetPixels)));
    }

    /** Copied pixel for pixel: javafx-swing's converter would be a module more for these few lines. */
    static WritableImage toFx(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return fx;
    }
}
