package vn.tiepdon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvinceCodesTest {

    @Test
    void holdsTheSixtyThreeProvinces() {
        assertThat(ProvinceCodes.size()).isEqualTo(63);
    }

    @Test
    void knowsCodesAndLeavesGapsUnknown() {
        assertThat(ProvinceCodes.name("079")).contains("TP Hồ Chí Minh");
        assertThat(ProvinceCodes.isKnown("001")).isTrue();
        assertThat(ProvinceCodes.isKnown("096")).isTrue();
        assertThat(ProvinceCodes.isKnown("003")).isFalse();
        assertThat(ProvinceCodes.isKnown("097")).isFalse();
    }
}
