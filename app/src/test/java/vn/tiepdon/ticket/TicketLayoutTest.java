package vn.tiepdon.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tiepdon.print.Alignment;
import vn.tiepdon.print.BitImage;
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

    static final Service PRICED = new Service("KDV", "B", "Khám dịch vụ", "Private visit", 150_000);
    static final IssuedTicket PRICED_TICKET = new IssuedTicket(1240, "KDV", LocalDate.of(2026, 11, 25), 3, "B003",
            LocalDateTime.of(2026, 11, 25, 9, 41), 2, PrintState.ISSUED);

    private static List<BitImage> rasters(byte[] bytes) {
        return decode(bytes).stream().filter(EscPosElement.Raster.class::isInstance)
                .map(e -> ((EscPosElement.Raster) e).image()).toList();
    }

    private static List<String> texts(byte[] bytes) {
        return decode(bytes).stream().filter(EscPosElement.Text.class::isInstance)
                .map(e -> ((EscPosElement.Text) e).text()).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void aPaidTicketCarriesTheMarkBoldUnderTheNumberAndThePaymentForStaff() {
        TicketLayout layout = new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM);
        byte[] free = layout.render(PRICED, PRICED_TICKET, VI);
        byte[] paid = layout.render(PRICED, PRICED_TICKET, VI, new PaymentMark.Paid(150_000, "K01261125T094100"));

        List<BitImage> paidRasters = rasters(paid);
        assertThat(paidRasters).hasSize(rasters(free).size() + 1);
        BitImage mark = new TextRasterizer(TextRasterizer.PAPER_80MM)
                .render("ĐÃ THANH TOÁN 150.000 đ", 30, true, Alignment.CENTER);
        // hospital, service, then the mark right under the number and date
        assertThat(paidRasters.get(2).bytes()).isEqualTo(mark.bytes());
        assertThat(texts(paid)).containsExactly("B003", "25/11/2026 09:41", "KDV B003 #1240",
                "PAID 150000 K01261125T094100");
        assertThat(texts(free)).as("a ticket without a mark says nothing of paying")
                .containsExactly("B003", "25/11/2026 09:41", "KDV B003 #1240");
    }

    @Test
    void anUnpaidTicketSaysSoWithThePriceAndWhatArrived() {
        TicketLayout layout = new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM);
        TextRasterizer rasterizer = new TextRasterizer(TextRasterizer.PAPER_80MM);
        byte[] atCounter = layout.render(PRICED, PRICED_TICKET, VI, new PaymentMark.AtCounter(150_000, Optional.empty()));
        byte[] shortPaid = layout.render(PRICED, PRICED_TICKET, VI,
                new PaymentMark.ShortPaid(150_000, 100_000, "K01261125T094100"));

        assertThat(rasters(atCounter).get(2).bytes()).isEqualTo(rasterizer
                .render("CHƯA THANH TOÁN", 30, true, Alignment.CENTER).bytes());
        assertThat(rasters(atCounter).get(3).bytes())
                .isEqualTo(rasterizer.render("Thanh toán tại quầy: 150.000 đ", 26, false, Alignment.CENTER).bytes());
        assertThat(texts(atCounter)).contains("UNPAID 150000");
        assertThat(rasters(shortPaid).get(4).bytes()).isEqualTo(rasterizer
                .render("Đã nhận 100.000 đ — nộp thêm tại quầy", 26, false, Alignment.CENTER).bytes());
        assertThat(texts(shortPaid)).contains("UNPAID 150000 RECEIVED 100000 K01261125T094100");
    }
}
