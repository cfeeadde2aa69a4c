package vn.tiepdon.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The memo a payer's bank app pre-fills: always carries the bill number, always a valid VietQR purpose. */
class PaymentAccountTest {

    private static final PaymentAccount ACCOUNT = new PaymentAccount("970436", "0011000000000", ServiceCode.ACCOUNT,
            Optional.of(PaymentAccount.HOSPITALS), Duration.ofMinutes(15));

    @Test
    void theBillNumberLeadsTheMemoAsLettersAndDigits() {
        assertThat(PaymentAccount.memo("HD-123", "Viện phí")).isEqualTo("HD123 Vien phi");
        assertThat(PaymentAccount.memo("HD123", "Thu HD123 vien phi")).isEqualTo("Thu HD123 vien phi");
        assertThat(PaymentAccount.memo("HD123", "")).isEqualTo("HD123");
    }

    @Test
    void aLongPurposeIsShortenedAtAWordAndTheBillNumberIsKept() {
        String memo = PaymentAccount.memo("HD20261125000123", "Viện phí khám chữa bệnh ngoại trú");

        assertThat(memo).isEqualTo("HD20261125000123 Vien phi").hasSizeLessThanOrEqualTo(VietQr.TEXT_LIMIT);
        assertThat(PaymentAccount.memo("HD20261125000123", "Xét-nghiệm/máu")).isEqualTo("HD20261125000123 Xet");
        assertThat(PaymentAccount.memo("HD20261125000123", "Khamchuabenhngoaitru")).isEqualTo("HD20261125000123");
    }

    @Test
    void everyMemoEncodes() {
        for (String purpose : new String[] {"Viện phí (đợt 2), khoa Nội!", "x".repeat(40), "  ", "Thu 50%"}) {
            String payload = VietQr.encode(ACCOUNT.requestFor(150_000, "K01-251125/0007", purpose));
            DecodeResult.Decoded decoded = (DecodeResult.Decoded) VietQr.decode(payload);
            assertThat(decoded.payment().purpose().orElseThrow()).startsWith("K012511250007");
        }
    }
}
