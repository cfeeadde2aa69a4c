package vn.tiepdon.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketNumbersTest {

    @ParameterizedTest
    @CsvSource({"A, 1, A001", "A, 27, A027", "B, 999, B999", "C, 1000, C1000", "XN, 5, XN005"})
    void padsToThreeDigitsAndGrowsWhenNeeded(String prefix, int number, String expected) {
        assertThat(TicketNumbers.display(prefix, number)).isEqualTo(expected);
    }

    @Test
    void refusesNumbersBelowOne() {
        assertThatThrownBy(() -> TicketNumbers.display("A", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
