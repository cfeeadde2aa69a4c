package vn.tiepdon.cashier;

import java.time.Duration;
import java.util.Locale;

/** Time left on a code as mm:ss. */
public final class Countdown {

    private Countdown() {
    }

    /** Rounded up, so that "00:00" only ever shows once the code has expired; never negative. */
    public static String mmss(Duration remaining) {
        long seconds = (Math.max(0, remaining.toMillis()) + 999) / 1000;
        return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }
}
