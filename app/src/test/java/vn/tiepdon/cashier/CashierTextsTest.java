package vn.tiepdon.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CashierTextsTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndVietnameseKeepsItsDiacritics() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");

        assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
        assertThat(new CashierTexts().get("display.paid")).isEqualTo(new Bilingual("Đã thanh toán", "Paid"));
        assertThat(new CashierTexts().get("display.shortPaid").vi())
                .isEqualTo("Chưa nhận đủ tiền — vui lòng chờ thu ngân");
    }

    @Test
    void theReasonHintAsksNotToWritePatientNames() {
        assertThat(new CashierTexts().get("reason.hint").vi()).contains("Không ghi tên bệnh nhân");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CashierTexts.class.getResourceAsStream("/vn/tiepdon/cashier/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
