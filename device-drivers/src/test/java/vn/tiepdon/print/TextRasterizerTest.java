package vn.tiepdon.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextRasterizerTest {

    private final TextRasterizer rasterizer = new TextRasterizer(TextRasterizer.PAPER_80MM);

    @Test
    void croppedToInkWithASmallMargin() {
        BitImage image = rasterizer.render("Trước bạn còn 5 người", 26, false, Alignment.LEFT);
        assertThat(image.height()).isBetween(20, 45);
        assertThat(image.widthDots()).isLessThanOrEqualTo(576);
        // first and last rows are margin: white
        for (int x = 0; x < image.widthDots(); x++) {
            assertThat(image.black(x, 0)).isFalse();
            assertThat(image.black(x, image.height() - 1)).isFalse();
        }
    }

    @Test
    void toneMarksAreDrawn() {
        BitImage plain = rasterizer.render("a", 40, false, Alignment.LEFT);
        BitImage marked = rasterizer.render("ạ", 40, false, Alignment.LEFT);
        BitImage hooked = rasterizer.render("ẩ", 40, false, Alignment.LEFT);
        assertThat(marked.height()).isGreaterThan(plain.height());
        assertThat(hooked.height()).isGreaterThan(plain.height());
        assertThat(marked.blackDots()).isGreaterThan(plain.blackDots());
    }

    @Test
    void centredTextKeepsItsPlaceAndIsTrimmedOnTheRight() {
        BitImage image = rasterizer.render("Số", 30, false, Alignment.CENTER);
        int leftmost = Integer.MAX_VALUE;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.widthDots(); x++) {
                if (image.black(x, y)) {
                    leftmost = Math.min(leftmost, x);
                }
            }
        }
        assertThat(leftmost).isGreaterThan(250);
        assertThat(image.widthDots()).isLessThan(576 / 2 + 60);
    }

    @Test
    void longNamesWrapIntoSeveralLines() {
        String name = "Bệnh viện Đa khoa Trung ương Thành phố Hồ Chí Minh và các tỉnh phía Nam";
        BitImage one = rasterizer.render("Bệnh viện", 30, true, Alignment.CENTER);
        BitImage wrapped = rasterizer.render(name, 30, true, Alignment.CENTER);
        assertThat(wrapped.height()).isGreaterThan(2 * one.height());
        assertThat(wrapped.widthDots()).isLessThanOrEqualTo(576);
    }

    @Test
    void narrowPaper() {
        BitImage image = new TextRasterizer(TextRasterizer.PAPER_58MM)
                .render("Vui lòng chờ gọi số. Xin cảm ơn!", 26, false, Alignment.LEFT);
        assertThat(image.widthDots()).isLessThanOrEqualTo(384);
        assertThat(image.height()).isGreaterThan(40); // wrapped on 58 mm
    }

    @Test
    void blankTextHasNoRows() {
        assertThat(rasterizer.render("   ", 30, false, Alignment.LEFT).height()).isZero();
    }

    @Test
    void paperWidthMustBeWholeBytes() {
        assertThatThrownBy(() -> new TextRasterizer(570)).isInstanceOf(IllegalArgumentException.class);
    }
}
