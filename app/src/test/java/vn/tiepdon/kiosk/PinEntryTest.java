package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinEntryTest {

    @Test
    void showsOneDotPerDigitAndHandsThePinOverOnce() {
        PinEntry entry = new PinEntry();
        entry.digit(1);
        entry.digit(9);
        entry.digit(0);

        assertThat(entry.dots()).isEqualTo("●●●");
        assertThat(entry.take()).isEqualTo("190");
        assertThat(entry.length()).isZero();
        assertThat(entry.dots()).isEmpty();
    }

    @Test
    void deleteRemovesTheLastDigitAndIgnoresAnEmptyEntry() {
        PinEntry entry = new PinEntry();
        entry.delete();
        entry.digit(4);
        entry.digit(5);
        entry.delete();

        assertThat(entry.take()).isEqualTo("4");
    }

    @Test
    void keepsAtMostTwelveDigitsAndOnlyDigits() {
        PinEntry entry = new PinEntry();
        entry.digit(10);
        entry.digit(-1);
        for (int i = 0; i < 15; i++) {
            entry.digit(7);
        }

        assertThat(entry.take()).isEqualTo("7".repeat(PinEntry.MAX_DIGITS));
    }
}
