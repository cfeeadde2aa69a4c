package vn.tiepdon.print.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmulatedStateTest {

    @Test
    void everyAnswerHasTheFixedBitsOfEpsonStatusBytes() {
        for (EmulatedState state : EmulatedState.values()) {
            for (int n = 1; n <= 4; n++) {
                state.answer(n).ifPresent(b -> assertThat(b & 0b1001_0011).isEqualTo(0b0001_0010));
            }
        }
    }

    @Test
    void paperOutSetsTheDocumentedBits() {
        assertThat(EmulatedState.PAPER_OUT.answer(1)).hasValue(0x12 | 0x08);
        assertThat(EmulatedState.PAPER_OUT.answer(2).getAsInt() & 0x20).isNotZero();
        assertThat(EmulatedState.PAPER_OUT.answer(4).getAsInt() & 0x60).isEqualTo(0x60);
        assertThat(EmulatedState.READY.answer(4)).hasValue(0x12);
        assertThat(EmulatedState.NO_ANSWER.answer(1)).isEmpty();
    }

    @Test
    void parsesCommandLineSpelling() {
        assertThat(EmulatedState.parse("paper-out")).isEqualTo(EmulatedState.PAPER_OUT);
        assertThat(EmulatedState.parse(" Cover Open ")).isEqualTo(EmulatedState.COVER_OPEN);
        assertThatThrownBy(() -> EmulatedState.parse("jammed")).hasMessageContaining("paper-near-end");
    }
}
