package vn.tiepdon.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"KB", "79001", "12345678", "K-01:x.y_z", "A12345678B1234", "TICKET_ISSUED"})
    void shortCodesPass(String code) {
        assertThat(Codes.require("subject", code, 40, false)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "x123456789", "079912345678", "Nguyễn", "Nguyen Van A", "a/b", "a,b",
            "tab\there", "line\nbreak", "dấu"})
    void longNumbersSpacesAndOtherLettersAreRefusedWithoutEchoingThem(String text) {
        assertThatThrownBy(() -> Codes.require("subject", text, 40, false))
                .isInstanceOf(BatchRejected.class)
                .hasMessageContaining("subject")
                .hasMessageNotContaining(text);
    }
}
