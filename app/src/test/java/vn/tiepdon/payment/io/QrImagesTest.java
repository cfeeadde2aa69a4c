package vn.tiepdon.payment.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.PaymentRequest;
import vn.tiepdon.payment.VietQr;

class QrImagesTest {

    private static final String PAYLOAD = VietQr.encode(PaymentRequest.toAccount("970415", "0011001932418")
            .withAmount(150_000).withBillNumber("HD-2026-000042").withPurpose("Thanh toan HD 2026 000042")
            .withMerchantCategory("8062"));

    @TempDir
    Path tmp;

    private static Result scan(BufferedImage image) throws Exception {
        return QrScan.scan(image);
    }

    @Test
    void aRenderedCodeScansBackToTheExactPayload() throws Exception {
        Result result = scan(QrImages.render(PAYLOAD, 1080));

        assertThat(result.getText()).isEqualTo(PAYLOAD);
        assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
    }

    @Test
    void aPngFileScansBackToTheExactPayload() throws Exception {
        Path file = tmp.resolve("qr.png");
        QrImages.writePng(PAYLOAD, 600, file);

        BufferedImage image = ImageIO.read(file.toFile());

        assertThat(scan(image).getText()).isEqualTo(PAYLOAD);
        assertThat(Files.readAllBytes(file)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void modulesAreWholePixelsAndTheImageFitsTheTarget() throws IOException {
        int modules = QrImages.modules(PAYLOAD).getWidth();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrImages.png(PAYLOAD, 1080)));

        int scale = 1080 / modules;
        assertThat(image.getWidth()).isEqualTo(modules * scale).isLessThanOrEqualTo(1080).isEqualTo(image.getHeight());
        assertThat(scale).isGreaterThan(1);
        // The top-left finder's corner module is one solid block of scale × scale pixels.
        int corner = QrImages.QUIET_ZONE_MODULES * scale;
        assertThat(image.getRGB(corner, corner) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(corner + scale - 1, corner + scale - 1) & 0xFFFFFF).isZero();
    }

    @Test
    void theQuietZoneIsFourWhiteModules() {
        BitMatrix modules = QrImages.modules(PAYLOAD);
        int size = modules.getWidth();

        for (int i = 0; i < size; i++) {
            for (int q = 0; q < QrImages.QUIET_ZONE_MODULES; q++) {
                assertThat(modules.get(i, q) || modules.get(q, i) || modules.get(i, size - 1 - q)
                        || modules.get(size - 1 - q, i)).isFalse();
            }
        }
        assertThat(modules.get(QrImages.QUIET_ZONE_MODULES, QrImages.QUIET_ZONE_MODULES)).isTrue();
    }

    @Test
    void aTargetSmallerThanTheSymbolStillGivesOnePixelAModule() {
        BufferedImage image = QrImages.render(PAYLOAD, 10);

        assertThat(image.getWidth()).isEqualTo(QrImages.modules(PAYLOAD).getWidth());
    }

    /**
     * For this payload the encoder's preferred mask (0) gives a valid symbol that ZXing's detector cannot find,
     * even trying harder; another mask reads at once.
     */
    @Test
    void aPayloadWhosePreferredMaskHidesTheSymbolGetsAMaskAPhoneCanRead() throws Exception {
        String payload = vn.tiepdon.payment.VietQr.encode(new vn.tiepdon.payment.PaymentAccount("970436",
                "0011001234567", vn.tiepdon.payment.ServiceCode.ACCOUNT,
                java.util.Optional.of(vn.tiepdon.payment.PaymentAccount.HOSPITALS), java.time.Duration.ofMinutes(15))
                .requestFor(150_000, "DEMO261125T120011", "KDV"));

        for (int target : new int[] {300, 456, 900}) {
            assertThat(QrScan.scan(QrImages.render(payload, target)).getText()).isEqualTo(payload);
        }
    }
}
