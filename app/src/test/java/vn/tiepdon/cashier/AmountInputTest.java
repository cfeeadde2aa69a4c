package vn.tiepdon.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"150000", "150.000", "150,000", "150 000", " 150.000 đ", "150000 VND", "150.000đ"})
    void theWaysCashiersTypeAnAmountAreRead(String typed) {
        assertThat(AmountInput.parse(typed)).isEqualTo(OptionalLong.of(150_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "150.5", "1.50.000", "-150000", "15 0000", "99999999999999"})
    void anythingElseIsNotAnAmount(String typed) {
        assertThat(AmountInput.parse(typed)).isEmpty();
    }
}
