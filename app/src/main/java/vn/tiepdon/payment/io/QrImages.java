package vn.tiepdon.payment.io;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
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
    private static final int MASK_PATTERNS = 8;
    private static final int[] CHECK_SCALES = {4, 8};

    private QrImages() {
    }

    /**
     * The symbol with its quiet zone, one bit per module.
     *
     * <p>The mask the encoder prefers (lowest ISO 18004 penalty) can still give a symbol that ZXing's detector,
     * used by many phone apps, does not find at all (about one payload in twenty in our tests, e.g. a
     * 150.000 đ code whose bill ends in 11 or 12 seconds). So the symbol is read back here as a phone would;
     * when that fails the other masks are tried in turn. A symbol no mask makes readable is returned as the
     * encoder made it: it is still valid, and readers other than ZXing's may find it.
     */
    public static BitMatrix modules(String payload) {
        BitMatrix preferred = encode(payload, null);
        if (readsBack(preferred, payload)) {
            return preferred;
        }
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
            BitMatrix other = encode(payload, mask);
            if (readsBack(other, payload)) {
                return other;
            }
        }
        return preferred;
    }

    private static BitMatrix encode(String payload, Integer maskPattern) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        if (maskPattern != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, maskPattern);
        }
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
     * Whether ZXing's QR reader, with its ordinary detector, finds the symbol and reads exactly the payload at
     * a small and a large size: the failure depends on the size (at 2–3 pixels a module such a symbol reads,
     * from 4 up it does not), and a phone sees the code at many.
     */
    private static boolean readsBack(BitMatrix modules, String payload) {
        for (int scale : CHECK_SCALES) {
            try {
                Result read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new ModuleLuminance(modules, scale))));
                if (!payload.equals(read.getText())) {
                    return false;
                }
            } catch (NotFoundException | ChecksumException | FormatException e) {
                return false;
            }
        }
        return true;
    }

    /** The symbol as a grey image at a few pixels a module, enough for the detector, black on white. */
    private static final class ModuleLuminance extends LuminanceSource {
        private final BitMatrix modules;
        private final int scale;

        ModuleLuminance(BitMatrix modules, int scale) {
            super(modules.getWidth() * scale, modules.getHeight() * scale);
            this.modules = modules;
            this.scale = scale;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            for (int x = 0; x < getWidth(); x++) {
                out[x] = modules.get(x / scale, y / scale) ? 0 : (byte) 0xFF;
            }
            return out;
        }

        @Override
        public byte[] getMatrix() {
            byte[] matrix = new byte[getWidth() * getHeight()];
            byte[] row = new byte[getWidth()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, row), 0, matrix, y * getWidth(), getWidth());
            }
            return matrix;
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
