package vn.tiepdon.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.registration.Priority;

class TicketTextsTest {

    @Test
    void vietnameseEvenOnAnEnglishMachine() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            TicketTexts vi = new TicketTexts();
            assertThat(vi.waitingAhead(5)).isEqualTo("Còn 5 người chờ trước");
            assertThat(vi.waitingAhead(0)).isEqualTo("Không có ai chờ trước");
            assertThat(vi.thanks()).isEqualTo("Vui lòng chờ gọi số. Xin cảm ơn!");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void paymentLinesSayPaidOrWhatToPayFirst() {
        TicketTexts vi = new TicketTexts();
        assertThat(vi.payment(PaymentMark.NONE)).isEmpty();
        assertThat(vi.payment(new PaymentMark.Paid(150_000, "K01261125T093012")))
                .containsExactly("ĐÃ THANH TOÁN 150.000 đ");
        assertThat(vi.payment(new PaymentMark.AtCounter(150_000, Optional.empty())))
                .containsExactly("CHƯA THANH TOÁN", "Trước tiên, mời nộp 150.000 đ tại quầy thu ngân");
        assertThat(vi.payment(new PaymentMark.ShortPaid(150_000, 100_000, "K01261125T093012")))
                .containsExactly("CHƯA THANH TOÁN", "Đã nhận 100.000 đ trên 150.000 đ",
                        "Trước tiên, mời nộp thêm 50.000 đ tại quầy thu ngân");
    }

    @Test
    void priorityAndWhereToGo() {
        TicketTexts vi = new TicketTexts();
        assertThat(vi.priority(new Priority(Priority.Reason.ELDER, 75))).isEqualTo("Ưu tiên: người từ 75 tuổi");
        assertThat(vi.priority(new Priority(Priority.Reason.CHILD, 6))).isEqualTo("Ưu tiên: trẻ em dưới 6 tuổi");
        assertThat(vi.priority(Priority.DECLARED)).isEqualTo("Ưu tiên: xuất trình giấy tờ tại quầy");
        assertThat(vi.where("Phòng 201, tầng 2", 0)).isEqualTo("Mời đến: Phòng 201, tầng 2");
        assertThat(vi.where("Phòng 201, tầng 2", 150_000)).isEqualTo("Sau đó đến: Phòng 201, tầng 2");
    }
}
