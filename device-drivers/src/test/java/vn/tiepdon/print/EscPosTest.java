package vn.tiepdon.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdon.print.sim.EscPosDecoder;
import vn.tiepdon.print.sim.EscPosElement;

class EscPosTest {

    @Test
    void tallImagesGoInBandsOfAtMost255Rows() {
        int rows = 600;
        byte[] data = new byte[3 * rows];
        for (int y = 0; y < rows; y++) {
            data[y * 3] = (byte) (y % 2 == 0 ? 0x80 : 0x01);
        }
        BitImage image = new BitImage(3, rows, data);
        byte[] bytes = EscPos.toBuffer().raster(image).toByteArray();

        List<EscPosElement.Raster> bands = EscPosDecoder.decode(bytes).stream()
                .map(EscPosElement.Raster.class::cast).toList();
        assertThat(bands).extracting(b -> b.image().height()).containsExactly(255, 255, 90);
        // Row 255 starts the second band: even, so its leftmost dot is black.
        assertThat(bands.get(1).image().black(0, 0)).isFalse();
        assertThat(bands.get(1).image().black(7, 0)).isTrue();
        assertThat(bands.stream().mapToInt(b -> b.image().blackDots()).sum()).isEqualTo(rows);
    }

    @Test
    void sizeIsEncodedAsNibbles() {
        assertThat(EscPos.toBuffer().size(4, 3).toByteArray()).containsExactly(0x1D, 0x21, 0x32);
        assertThatThrownBy(() -> EscPos.toBuffer().size(9, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonAsciiTextBecomesAQuestionMarkNotGarbage() {
        assertThat(EscPosDecoder.decode(EscPos.toBuffer().line("Số 5").toByteArray()))
                .extracting(Object::toString).containsExactly("TEXT size=1x1 align=left \"S? 5\"");
    }

    @Test
    void emptyImageSendsNothing() {
        assertThat(EscPos.toBuffer().raster(new BitImage(0, 0, new byte[0])).toByteArray()).isEmpty();
    }
}
