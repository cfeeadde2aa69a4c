package vn.tiepdon.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits PIN guesses at the kiosk: after {@value #FREE_TRIES} wrong PINs in a row the keypad is locked for a minute,
 * then twice as long after each further wrong PIN (up to an hour). A right PIN clears the count. Kept in memory:
 * restarting the kiosk takes a key to the PC cabinet, which is a stronger check than the PIN.
 */
public final class PinLockout {

    public static final int FREE_TRIES = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);

    /** What a try gave. */
    public sealed interface Attempt {
        record Accepted() implements Attempt {
        }

        record Refused(int triesLeftBeforeLock) implements Attempt {
        }

        record Locked(Instant until) implements Attempt {
        }
    }

    private final AdminPin pin;
    private final Clock clock;
    private int failures;
    private Instant lockedUntil = Instant.MIN;

    public PinLockout(AdminPin pin, Clock clock) {
        this.pin = Objects.requireNonNull(pin, "pin");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checks a typed PIN, unless the keypad is locked (then the PIN is not even looked at). */
    public synchronized Attempt attempt(String typed) {
        Instant now = clock.instant();
        if (now.isBefore(lockedUntil)) {
            return new Attempt.Locked(lockedUntil);
        }
        if (pin.matches(typed)) {
            failures = 0;
            return new Attempt.Accepted();
        }
        failures++;
        if (failures < FREE_TRIES) {
            return new Attempt.Refused(FREE_TRIES - failures);
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(10, failures - FREE_TRIES));
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        return new Attempt.Locked(lockedUntil);
    }

    public synchronized Optional<Instant> lockedUntil() {
        return clock.instant().isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }
}
