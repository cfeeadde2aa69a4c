package vn.tiepdon.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.tiepdon.print.TextRasterizer;
import vn.tiepdon.print.sim.EscPosDecoder;
import vn.tiepdon.print.sim.EscPosElement;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.queue.Service;

class TicketLayoutTest {

    static final String HOSPITAL = "Bệnh viện Đa khoa Tỉnh Quảng Ngãi";
    static final Service SERVICE = new Service("KBHYT", "A", "Khám bệnh bảo hiểm y tế", "Insured consultation");
    static final IssuedTicket TICKET = new IssuedTicket(1234, "KBHYT", LocalDate.of(2026, 11, 25), 27, "A027",
            LocalDateTime.of(2026, 11, 25, 9, 41), 5, PrintState.ISSUED);
    static final Locale VI = Locale.forLanguageTag("vi-VN");

    private static List<EscPosElement> decode(byte[] bytes) {
        return EscPosDecoder.decode(bytes);
    }

    @Test
    void numberIsBigInThePrinterFontThenDateAndStaffLine() {
        List<EscPosElement> elements = decode(new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM)
                .render(SERVICE, TICKET, VI));
        assertThat(elements).first().hasToString("INIT");
        assertThat(elements).filteredOn(EscPosElement.Text.class::isInstance).extracting(Object::toString)
                .contains("TEXT size=6x6 bold align=center \"A027\"",
                        "TEXT size=1x1 align=center \"25/11/2026 09:41\"",
                        "TEXT size=1x1 align=center \"KBHYT A027 #1234\"");
        assertThat(elements).last().hasToString("CUT partial");
        // hospital, service, waiting, thanks: four raster lines at least (long names wrap, not more bands)
        assertThat(elements).filteredOn(EscPosElement.Raster.class::isInstance).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void fitsTheTargetSizeOn80mmPaper() {
        byte[] bytes = new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM).render(SERVICE, TICKET, VI);
        assertThat(bytes.length).isLessThanOrEqualTo(16 * 1024);
    }

    @Test
    void rastersNeverExceedThePaper() {
        for (int width : new int[] {TextRasterizer.PAPER_80MM, TextRasterizer.PAPER_58MM}) {
            byte[] bytes = new TicketLayout(HOSPITAL, width).render(SERVICE, TICKET, VI);
            assertThat(decode(bytes)).filteredOn(EscPosElement.Raster.class::isInstance)
                    .allSatisfy(e -> assertThat(((EscPosElement.Raster) e).image().widthDots())
                            .isLessThanOrEqualTo(width));
        }
    }

    @Test
    void numberShrinksToFitNarrowPaper() {
        IssuedTicket longNumber = new IssuedTicket(9, "XN", LocalDate.of(2026, 11, 25), 1027, "XN1027",
                LocalDateTime.of(2026, 11, 25, 9, 41), 0, PrintState.ISSUED);
        List<EscPosElement> elements = decode(new TicketLayout(HOSPITAL, TextRasterizer.PAPER_58MM)
                .render(SERVICE, longNumber, VI));
        EscPosElement.Text number = elements.stream().filter(EscPosElement.Text.class::isInstance)
                .map(EscPosElement.Text.class::cast).filter(t -> t.text().equals("XN1027")).findFirst().orElseThrow();
        assertThat(12 * number.width() * 6).isLessThanOrEqualTo(384);
        assertThat(number.width()).isEqualTo(5);
    }

    @Test
    void englishAndVietnameseDifferOnlyInTheirRasterLines() {
        TicketLayout layout = new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM);
        byte[] vi = layout.render(SERVICE, TICKET, VI);
        byte[] en = layout.render(SERVICE, TICKET, Locale.ENGLISH);
        assertThat(vi).isNotEqualTo(en);
        assertThat(decode(en)).filteredOn(EscPosElement.Text.class::isInstance).extracting(Object::toString)
                .contains("TEXT size=6x6 bold align=center \"A027\"");
    }

    @Test
    void sameInputSameBytes() {
        TicketLayout layout = new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM);
        assertThat(layout.render(SERVICE, TICKET, VI)).isEqualTo(layout.render(SERVICE, TICKET, VI));
    }
}
