package vn.tiepdon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdMaskTest {

    @Test
    void masksEveryTwelveDigitRunInText() {
        assertThat(IdMask.maskIdsIn("scan 001090123456 then 079305001234."))
                .isEqualTo("scan 0010******56 then 0793******34.");
    }

    @Test
    void leavesLongerAndShorterNumbersAlone() {
        assertThat(IdMask.maskIdsIn("account 0010901234567 phone 0912345678"))
                .isEqualTo("account 0010901234567 phone 0912345678");
    }

    @Test
    void masksANumberBetweenPipes() {
        assertThat(IdMask.maskIdsIn("001090123456|123456789|")).isEqualTo("0010******56|123456789|");
    }
}
