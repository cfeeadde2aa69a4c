package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import vn.tiepdon.admin.DeviceHealth;

class FigureTextTest {

    @Test
    void nothingToDivideShowsADashNotZero() {
        assertThat(FigureText.share(OptionalDouble.empty())).isEqualTo("—");
        assertThat(FigureText.share(0, 0)).isEqualTo("—");
        assertThat(FigureText.seconds(OptionalDouble.empty())).isEqualTo("—");
    }

    @Test
    void sharesAreWholePercentsAndSecondsRounded() {
        assertThat(FigureText.share(OptionalDouble.of(0.876))).isEqualTo("88 %");
        assertThat(FigureText.share(1, 3)).isEqualTo("33 %");
        assertThat(FigureText.seconds(OptionalDouble.of(41.5))).isEqualTo("42 s");
    }

    @Test
    void countsUseTheVietnameseThousandsDot() {
        assertThat(FigureText.count(1234567)).isEqualTo("1.234.567");
        assertThat(FigureText.count(12)).isEqualTo("12");
    }

    @Test
    void diskSpaceInGigabytesAndUnknownAsDash() {
        assertThat(FigureText.gigabytes(12_345_000_000L)).isEqualTo("12,3 GB");
        assertThat(FigureText.gigabytes(Long.MAX_VALUE)).isEqualTo("—");
    }

    @Test
    void everyWarningHasAKeyInBothBundles() {
        for (DeviceHealth.Warning warning : DeviceHealth.Warning.values()) {
            String key = FigureText.warningKey(warning);
            assertThat(Texts.of(FlowSettings.VIETNAMESE).get(key)).isNotEqualTo(key);
            assertThat(Texts.of(java.util.Locale.ENGLISH).get(key)).isNotEqualTo(key);
        }
    }
}
