package vn.tiepdon.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
import vn.tiepdon.registration.Priority;

class TicketLayoutTest {

    static final String HOSPITAL = "Bệnh viện Đa khoa Tỉnh Quảng Ngãi";
    static final Service SERVICE = new Service("KBHYT", "A", "Khám bệnh bảo hiểm y tế", "Insured consultation");
    static final IssuedTicket TICKET = new IssuedTicket(1234, "KBHYT", LocalDate.of(2026, 11, 25), 27, "A027",
            LocalDateTime.of(2026, 11, 25, 9, 41), 5, PrintState.ISSUED);

    private static List<EscPosElement> decode(byte[] bytes) {
        return EscPosDecoder.decode(bytes);
    }

    @Test
    void numberIsBigInThePrinterFontThenDateAndStaffLine() {
        List<EscPosElement> elements = decode(new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM)
                .render(SERVICE, TICKET));
        assertThat(elements).first().hasToString("INIT");
        assertThat(elements).filteredOn(EscPosElement.Text.class::isInstance).extracting(Object::toString)
                .contains("TEXT size=6x6 bold align=center \"A027\"",
                        "TEXT size=1x1 align=center \"25/11/2026 09:41\"",
                        "TEXT size=1x1 align=center \"Ma #1234 | KBHYT\"");
        assertThat(elements).last().hasToString("CUT partial");
        // hospital, service, waiting, thanks: four raster lines at least (long names wrap, not more bands)
        assertThat(elements).filteredOn(EscPosElement.Raster.class::isInstance).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void fitsTheTargetSizeOn80mmPaper() {
        byte[] bytes = new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM).render(SERVICE, TICKET);
        assertThat(bytes.length).isLessThanOrEqualTo(16 * 1024);
    }

    @Test
    void rastersNeverExceedThePaper() {
        for (int width : new int[] {TextRasterizer.PAPER_80MM, TextRasterizer.PAPER_58MM}) {
            byte[] bytes = new TicketLayout(HOSPITAL, width).render(SERVICE, TICKET);
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
                .render(SERVICE, longNumber));
        EscPosElement.Text number = elements.stream().filter(EscPosElement.Text.class::isInstance)
                .map(EscPosElement.Text.class::cast).filter(t -> t.text().equals("XN1027")).findFirst().orElseThrow();
        assertThat(12 * number.width() * 6).isLessThanOrEqualTo(384);
        assertThat(number.width()).isEqualTo(5);
    }

    private static byte[] render(TicketLayout layout, Service service, IssuedTicket ticket, PaymentMark payment) {
        return layout.render(service, ticket, payment, Optional.empty(), Optional.empty());
    }

    static final Service WITH_PLACE = new Service("KBHYT", "A", "Khám BHYT", "Health insurance", 0,
            "Phòng khám 101–104, tầng 1", "Rooms 101–104", "insurance-card");

    @Test
    void aPriorityNumberSaysWhyUnderTheNumberAndTheServiceSaysWhereToGo() {
        TicketLayout layout = new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM);
        TextRasterizer rasterizer = new TextRasterizer(TextRasterizer.PAPER_80MM);
        byte[] bytes = layout.render(WITH_PLACE, TICKET, PaymentMark.NONE,
                Optional.of(new Priority(Priority.Reason.ELDER, 75)), Optional.empty());

        List<BitImage> lines = rasters(bytes);
        // hospital, service, then the reason right under the number, then where to go
        assertThat(lines.get(2).bytes()).isEqualTo(rasterizer
                .render("Ưu tiên: người từ 75 tuổi", 30, true, Alignment.CENTER).bytes());
        assertThat(lines.get(3).bytes()).isEqualTo(rasterizer
                .render("Mời đến: Phòng khám 101–104, tầng 1", 28, true, Alignment.CENTER).bytes());
    }

    @Test
    void anUnpaidTicketSaysToPayFirstThenWhereToGo() {
        TicketLayout layout = new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM);
        TextRasterizer rasterizer = new TextRasterizer(TextRasterizer.PAPER_80MM);
        Service priced = new Service("KDV", "B", "Khám dịch vụ", "", 150_000, "Phòng 201, tầng 2", "", "stethoscope");
        List<BitImage> lines = rasters(render(layout, priced, PRICED_TICKET,
                new PaymentMark.AtCounter(150_000, Optional.empty())));

        assertThat(lines.get(3).bytes()).isEqualTo(rasterizer
                .render("Trước tiên, mời nộp 150.000 đ tại quầy thu ngân", 26, false, Alignment.CENTER).bytes());
        assertThat(lines.get(4).bytes()).isEqualTo(rasterizer
                .render("Sau đó đến: Phòng 201, tầng 2", 28, true, Alignment.CENTER).bytes());
    }

    @Test
    void sameInputSameBytes() {
        TicketLayout layout = new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM);
        assertThat(layout.render(SERVICE, TICKET)).isEqualTo(layout.render(SERVICE, TICKET));
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
        byte[] free = layout.render(PRICED, PRICED_TICKET);
        byte[] paid = render(layout, PRICED, PRICED_TICKET, new PaymentMark.Paid(150_000, "K01261125T094100"));

        List<BitImage> paidRasters = rasters(paid);
        assertThat(paidRasters).hasSize(rasters(free).size() + 1);
        BitImage mark = new TextRasterizer(TextRasterizer.PAPER_80MM)
                .render("ĐÃ THANH TOÁN 150.000 đ", 30, true, Alignment.CENTER);
        // hospital, service, then the mark right under the number and date
        assertThat(paidRasters.get(2).bytes()).isEqualTo(mark.bytes());
        assertThat(texts(paid)).containsExactly("B003", "25/11/2026 09:41", "Ma #1240 | KDV",
                "Da TT 150.000d GD K01261125T094100");
        assertThat(texts(free)).as("a ticket without a mark says nothing of paying")
                .containsExactly("B003", "25/11/2026 09:41", "Ma #1240 | KDV");
    }

    @Test
    void anUnpaidTicketSaysSoWithThePriceAndWhatArrived() {
        TicketLayout layout = new TicketLayout(HOSPITAL, TextRasterizer.PAPER_80MM);
        TextRasterizer rasterizer = new TextRasterizer(TextRasterizer.PAPER_80MM);
        byte[] atCounter = render(layout, PRICED, PRICED_TICKET, new PaymentMark.AtCounter(150_000, Optional.empty()));
        byte[] shortPaid = render(layout, PRICED, PRICED_TICKET,
                new PaymentMark.ShortPaid(150_000, 100_000, "K01261125T094100"));

        assertThat(rasters(atCounter).get(2).bytes()).isEqualTo(rasterizer
                .render("CHƯA THANH TOÁN", 30, true, Alignment.CENTER).bytes());
        assertThat(rasters(atCounter).get(3).bytes())
                .isEqualTo(rasterizer.render("Trước tiên, mời nộp 150.000 đ tại quầy thu ngân", 26, false,
                        Alignment.CENTER).bytes());
        assertThat(texts(atCounter)).contains("Chua TT 150.000d");
        assertThat(rasters(shortPaid).get(3).bytes()).isEqualTo(rasterizer
                .render("Đã nhận 100.000 đ trên 150.000 đ", 26, false, Alignment.CENTER).bytes());
        assertThat(rasters(shortPaid).get(4).bytes()).isEqualTo(rasterizer
                .render("Trước tiên, mời nộp thêm 50.000 đ tại quầy thu ngân", 26, false, Alignment.CENTER).bytes());
        assertThat(texts(shortPaid)).contains("Da nhan 100.000d/150.000d GD K01261125T094100");
    }
}
