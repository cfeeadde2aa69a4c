package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTapsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void fiveTapsWithinThreeSecondsOpen() {
        SecretTaps taps = new SecretTaps();
        for (int i = 0; i < 4; i++) {
            assertThat(taps.tap(i * SECOND / 2)).isFalse();
        }
        assertThat(taps.tap(2 * SECOND)).isTrue();
    }

    @Test
    void slowTapsNeverOpen() {
        SecretTaps taps = new SecretTaps();
        for (int i = 0; i < 20; i++) {
            assertThat(taps.tap(i * SECOND)).isFalse();
        }
    }

    @Test
    void theCountStartsAfreshAfterOpening() {
        SecretTaps taps = new SecretTaps();
        for (int i = 0; i < 4; i++) {
            taps.tap(i);
        }
        assertThat(taps.tap(5)).isTrue();
        assertThat(taps.tap(6)).isFalse();
    }
}
