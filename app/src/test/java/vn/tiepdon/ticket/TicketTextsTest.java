package vn.tiepdon.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TicketTextsTest {

    @Test
    void vietnameseIsTheDefaultEvenOnAnEnglishMachine() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            TicketTexts vi = new TicketTexts(Locale.forLanguageTag("vi"));
            assertThat(vi.waitingAhead(5)).isEqualTo("Trước bạn còn 5 người");
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
        assertThat(new TicketTexts(Locale.forLanguageTag("vi")).waitingAhead(0)).isEqualTo("Bạn là người tiếp theo");
    }
}
