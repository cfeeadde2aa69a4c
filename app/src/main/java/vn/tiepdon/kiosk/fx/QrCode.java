package vn.tiepdon.kiosk.fx;

import com.google.zxing.common.BitMatrix;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import vn.tiepdon.payment.io.QrImages;

/**
 * A QR symbol drawn at whole screen pixels per module, as large as its space allows, quiet zone included.
 * A fractional scale blurs module edges, which is what makes a phone held at an angle fail to read it.
 */
final class QrCode extends Region {

    private final BitMatrix modules;
    private final Canvas canvas = new Canvas();

    QrCode(String payload) {
        modules = QrImages.modules(payload);
        canvas.setManaged(false);
        getChildren().add(canvas);
        setMinSize(modules.getWidth(), modules.getHeight());
    }

    /** Modules across, quiet zone included. */
    int moduleCount() {
        return modules.getWidth();
    }

    /** Screen pixels per module at the current size. */
    int pixelsPerModule() {
        return Math.max(1, (int) Math.floor(Math.min(getWidth(), getHeight()) / modules.getWidth()));
    }

    @Override
    protected void layoutChildren() {
        int scale = pixelsPerModule();
        int side = scale * modules.getWidth();
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate(Math.floor((getWidth() - side) / 2), Math.floor((getHeight() - side) / 2));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setFill(Color.BLACK);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    g.fillRect(x * scale, y * scale, scale, scale);
                }
            }
        }
    }
}
