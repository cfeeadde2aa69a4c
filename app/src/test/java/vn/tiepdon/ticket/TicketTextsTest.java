package vn.tiepdon.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketTextsTest {

    @Test
    void vietnameseIsTheDefaultEvenOnAnEnglishMachine() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            TicketTexts vi = new TicketTexts(Locale.forLanguageTag("vi"));
            assertThat(vi.waitingAhead(5)).isEqualTo("Còn 5 người chờ trước");
            assertThat(vi.thanks()).isEqualTo("Vui lòng chờ gọi số. Xin cảm ơn!");
            assertThat(new TicketTexts(Locale.FRENCH).thanks()).isEqualTo(vi.thanks());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void englishAndNobodyAhead() {
        TicketTexts en = new TicketTexts(Locale.ENGLISH);
        assertThat(en.waitingAhead(3)).isEqualTo("3 people ahead of you");
        assertThat(en.waitingAhead(0)).isEqualTo("You are next");
        assertThat(new TicketTexts(Locale.forLanguageTag("vi")).waitingAhead(0)).isEqualTo("Không có ai chờ trước");
    }

    @Test
    void paymentLinesSayPaidOrWhatIsLeftToPayInBothLanguages() {
        TicketTexts vi = new TicketTexts(Locale.forLanguageTag("vi"));
        assertThat(vi.payment(PaymentMark.NONE)).isEmpty();
        assertThat(vi.payment(new PaymentMark.Paid(150_000, "K01261125T093012")))
                .containsExactly("ĐÃ THANH TOÁN 150.000 đ");
        assertThat(vi.payment(new PaymentMark.AtCounter(150_000, Optional.empty())))
                .containsExactly("CHƯA THANH TOÁN", "Thanh toán tại quầy: 150.000 đ");
        assertThat(vi.payment(new PaymentMark.ShortPaid(150_000, 100_000, "K01261125T093012")))
                .containsExactly("CHƯA THANH TOÁN", "Thanh toán tại quầy: 150.000 đ",
                        "Đã nhận 100.000 đ — nộp thêm tại quầy");
        TicketTexts en = new TicketTexts(Locale.ENGLISH);
        assertThat(en.payment(new PaymentMark.Paid(90_000, "K01261125T093012"))).containsExactly("PAID 90.000 đ");
        assertThat(en.payment(new PaymentMark.ShortPaid(150_000, 100_000, "B"))).last()
                .isEqualTo("Received 100.000 đ — pay the rest at the counter");
    }
}
