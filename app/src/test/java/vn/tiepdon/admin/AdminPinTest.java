package vn.tiepdon.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tiepdon.testing.MovableClock;

class AdminPinTest {

    /** Fewer iterations than production to keep the test fast; the format and the check are the same. */
    private static final int FAST = 100_000;

    @Test
    void thePinIsKeptOnlyAsASaltedSlowHash() {
        AdminPin pin = AdminPin.create("482915", FAST);
        String stored = pin.stored();

        assertThat(stored).startsWith("pbkdf2-sha256$100000$").doesNotContain("482915");
        assertThat(AdminPin.parse(stored).matches("482915")).isTrue();
        assertThat(AdminPin.parse(stored).matches("482916")).isFalse();
        assertThat(AdminPin.create("482915", FAST).stored()).as("a fresh salt each time").isNotEqualTo(stored);
        assertThat(pin.toString()).doesNotContain(stored.split("\\$")[3]);
    }

    @Test
    void aPinIsFourToTwelveDigitsAndAStoredHashMustBeSlow() {
        assertThat(AdminPin.acceptable("1234")).isTrue();
        assertThat(AdminPin.acceptable("123")).isFalse();
        assertThat(AdminPin.acceptable("12a4")).isFalse();
        assertThatThrownBy(() -> AdminPin.create("12", FAST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdminPin.parse("md5$abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdminPin.parse("pbkdf2-sha256$1000$AAAA$AAAA"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100000");
        assertThat(AdminPin.parse(AdminPin.create("1234", FAST).stored()).matches(null)).isFalse();
    }

    @Test
    void repeatedWrongPinsLockTheKeypadForLongerEachTime() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-25T08:00:00Z"));
        PinLockout lockout = new PinLockout(AdminPin.create("482915", FAST), clock);

        for (int left = PinLockout.FREE_TRIES - 1; left > 0; left--) {
            assertThat(lockout.attempt("000000")).isEqualTo(new PinLockout.Attempt.Refused(left));
        }
        assertThat(lockout.attempt("000000")).isEqualTo(
                new PinLockout.Attempt.Locked(clock.instant().plus(Duration.ofMinutes(1))));
        assertThat(lockout.attempt("482915")).as("locked: even the right PIN waits")
                .isInstanceOf(PinLockout.Attempt.Locked.class);

        clock.advance(Duration.ofMinutes(1));
        assertThat(lockout.attempt("000000")).isEqualTo(
                new PinLockout.Attempt.Locked(clock.instant().plus(Duration.ofMinutes(2))));
        clock.advance(Duration.ofMinutes(2));
        assertThat(lockout.attempt("482915")).isEqualTo(new PinLockout.Attempt.Accepted());
        assertThat(lockout.lockedUntil()).isEmpty();
        assertThat(lockout.attempt("000000")).isEqualTo(new PinLockout.Attempt.Refused(PinLockout.FREE_TRIES - 1));
    }
}
