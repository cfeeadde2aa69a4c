package vn.tiepdon.sync.client;

import java.time.Duration;

/** Waits between cycles; tests give one that returns at once and records the waits asked for. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits {@code duration} or until woken.
     *
     * @throws InterruptedException when the background sync is closing
     */
    void sleep(Duration duration) throws InterruptedException;
}
