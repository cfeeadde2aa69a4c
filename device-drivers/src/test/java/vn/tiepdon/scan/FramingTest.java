package vn.tiepdon.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FramingTest {

    @ParameterizedTest
    @CsvSource({"CR,CR", "cr,CR", "' Lf ',LF", "crlf,CRLF", "CrLf,CRLF", "gap,GAP"})
    void parsesConfigValuesIgnoringCase(String text, Framing expected) {
        assertThat(Framing.parse(text)).isEqualTo(expected);
    }

    @Test
    void unknownValueNamesTheAcceptedOnes() {
        assertThatThrownBy(() -> Framing.parse("TAB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'TAB'")
                .hasMessageContaining("CR, LF, CRLF, GAP");
        assertThatThrownBy(() -> Framing.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void terminatorsAreTheBytesScannersSend() {
        assertThat(Framing.CR.terminator()).containsExactly('\r');
        assertThat(Framing.LF.terminator()).containsExactly('\n');
        assertThat(Framing.CRLF.terminator()).containsExactly('\r', '\n');
        assertThat(Framing.GAP.terminator()).isEmpty();
    }
}
