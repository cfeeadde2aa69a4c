package vn.tiepdon.payment.io;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        // Written straight into the 1-bit raster (palette index 1 = white): setRGB per pixel converts colours
        // and took most of the 20 ms budget for a 1080-pixel display.
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = (size + 7) / 8;
        byte[] line = new byte[stride];
        for (int y = 0; y < count; y++) {
            Arrays.fill(line, (byte) 0);
            for (int x = 0; x < size; x++) {
                if (!modules.get(x / scale, y)) {
                    line[x >> 3] |= (byte) (0x80 >>> (x & 7));
                }
            }
            for (int dy = 0; dy < scale; dy++) {
                System.arraycopy(line, 0, pixels, (y * scale + dy) * stride, stride);
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
