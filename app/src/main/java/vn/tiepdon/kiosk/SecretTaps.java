package vn.tiepdon.kiosk;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The hidden way to the admin screen on a kiosk with no keyboard: {@value #TAPS} taps on the hospital's name within
 * {@link #WITHIN}. A patient tapping the header once or twice, or slowly, never gets there.
 */
public final class SecretTaps {

    public static final int TAPS = 5;
    public static final Duration WITHIN = Duration.ofSeconds(3);

    private final Deque<Long> taps = new ArrayDeque<>();

    /**
     * @param nanos the moment of the tap, from a monotonic clock
     * @return true when this tap completes the gesture (the count then starts afresh)
     */
    public boolean tap(long nanos) {
        taps.addLast(nanos);
        while (nanos - taps.peekFirst() > WITHIN.toNanos()) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            return true;
        }
        return false;
    }
}
