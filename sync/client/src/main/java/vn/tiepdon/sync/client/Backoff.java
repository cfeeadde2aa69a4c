package vn.tiepdon.sync.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next cycle. After a success (or a refusal that waiting will not cure) the interval;
 * after the n-th failure in a row that may clear by itself, "full jitter" (AWS architecture blog): a random wait
 * between 0 and 1 s × 2^(n−1), capped at the interval, so that kiosks that lost the server together do not come
 * back together. Never less than the server's Retry-After.
 */
public final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(1);

    private final Duration interval;
    private final RandomGenerator random;
    private int failuresInARow;

    public Backoff(Duration interval, RandomGenerator random) {
        this.interval = Objects.requireNonNull(interval, "interval");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The wait after {@code outcome}. */
    public Duration after(SyncOutcome outcome) {
        Duration wait;
        if (outcome.retry() == SyncOutcome.Retry.BACKOFF) {
            failuresInARow++;
            wait = jittered(ceiling(failuresInARow));
        } else {
            failuresInARow = 0;
            wait = interval;
        }
        Optional<Duration> asked = outcome.retryAfter();
        return asked.isPresent() && asked.get().compareTo(wait) > 0 ? asked.get() : wait;
    }

    /** 1 s, 2 s, 4 s … up to the interval. */
    Duration ceiling(int failures) {
        int doublings = Math.min(failures - 1, 40);
        long millis = FIRST.toMillis() << doublings;
        return millis >= interval.toMillis() ? interval : Duration.ofMillis(millis);
    }

    private Duration jittered(Duration ceiling) {
        return Duration.ofMillis((long) (random.nextDouble() * ceiling.toMillis()));
    }
}
