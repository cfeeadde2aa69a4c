package vn.tiepdon.payment.io;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;

/**
 * Reads a QR image back with ZXing, as a phone would, for tests. Its own LuminanceSource: zxing:javase has one,
 * but pulling a module into the product for ten lines of test code is not worth it.
 */
public final class QrScan {

    private QrScan() {
    }

    public static Result scan(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image))));
    }

    private static final class ImageLuminance extends LuminanceSource {
        private final byte[] grey;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            grey = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    grey[y * image.getWidth() + x] = (byte) (((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3);
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            System.arraycopy(grey, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return grey;
        }
    }
}
