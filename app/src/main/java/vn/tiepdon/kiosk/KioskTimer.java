package vn.tiepdon.kiosk;

import java.time.Duration;

/**
 * Runs an action later, on the thread the kiosk flow lives on. Injected so that tests
 * move time forward themselves instead of waiting.
 */
public interface KioskTimer {

    Cancellable schedule(Duration delay, Runnable action);

    /** A scheduled action that has not run yet can be called off. */
    interface Cancellable {

        Cancellable NONE = () -> { };

        void cancel();
    }
}
