package vn.tiepdon.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class KioskBillNumbersTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 25, 9, 30, 12);

    @Test
    void kioskThenDateAndTimeToTheSecond() {
        assertThat(KioskBillNumbers.of("K01", AT, 0)).isEqualTo("K01261125T093012");
    }

    @Test
    void aRetryTakesTheNextSecondAcrossMidnightToo() {
        assertThat(KioskBillNumbers.of("K01", AT, 1)).isEqualTo("K01261125T093013");
        assertThat(KioskBillNumbers.of("K01", LocalDateTime.of(2026, 12, 31, 23, 59, 59), 1))
                .isEqualTo("K01270101T000000");
    }

    @Test
    void fitsAVietQrBillNumberAndSurvivesTheBanksRewritingOfTheContent() {
        String longest = KioskBillNumbers.of("ABCDEFGH", AT, 0);
        assertThat(longest).hasSize(21).matches("[A-Z0-9]+");
        assertThat(PaymentMatcher.reduce(longest)).isEqualTo(longest);
        assertThat(KioskBillNumbers.of("k01", AT, 0)).startsWith("K01");
    }

    @Test
    void aKioskIdThatCannotBePartOfABillIsRefused() {
        assertThatThrownBy(() -> KioskBillNumbers.of("K-01", AT, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KioskBillNumbers.of("", AT, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KioskBillNumbers.of("K01", AT, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
