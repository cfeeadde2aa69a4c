package vn.tiepdon.payment.io;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A payment payload as a QR image for a screen or a PNG file.
 *
 * <p>Error correction M: the code is shown on a clean screen, so damage is not the risk; a phone held at an
 * angle needs large, sharp modules, and M gives a smaller symbol (version 8 instead of 10 for a typical
 * 150-character payload) and therefore larger modules than Q at the same size. Modules are whole pixels:
 * a fractional scale blurs edges, which is what makes angled scans fail.
 */
public final class QrImages {

    /** The ISO 18004 minimum quiet zone; bank apps' scanners need it on a busy screen. */
    public static final int QUIET_ZONE_MODULES = 4;
    public static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.M;

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private QrImages() {
    }

    /** The symbol with its quiet zone, one bit per module. */
    public static BitMatrix modules(String payload) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ERROR_CORRECTION);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(payload)) {
            // Only decoded third-party payloads can carry non-Latin text; ours are ASCII and get no ECI header.
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // Size 0 asks ZXing for one pixel per module; scaling is done here, in whole pixels.
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Payload does not fit in a QR code (" + payload.length() + " characters)", e);
        }
    }

    /**
     * The largest image of whole-pixel modules that fits in {@code targetPixels} square; if even one pixel a
     * module does not fit, one pixel a module (a smaller image would not scan).
     */
    public static BufferedImage render(String payload, int targetPixels) {
        BitMatrix modules = modules(payload);
        int count = modules.getWidth();
        int scale = Math.max(1, targetPixels / count);
        int size = count * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        int[] row = new int[size];
        for (int y = 0; y < count; y++) {
            for (int x = 0; x < count; x++) {
                java.util.Arrays.fill(row, x * scale, (x + 1) * scale, modules.get(x, y) ? BLACK : WHITE);
            }
            for (int dy = 0; dy < scale; dy++) {
                image.setRGB(0, y * scale + dy, size, 1, row, 0, size);
            }
        }
        return image;
    }

    public static byte[] png(String payload, int targetPixels) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(payload, targetPixels), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static void writePng(String payload, int targetPixels, Path file) throws IOException {
        Files.write(file, png(payload, targetPixels));
    }
}
