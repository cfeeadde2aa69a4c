package vn.tiepdon.kiosk;

import java.util.Locale;
import java.util.OptionalDouble;
import vn.tiepdon.admin.DeviceHealth;

/**
 * The admin screen's figures as text: shares as whole percents, seconds rounded, and "—" where there was nothing
 * to divide (no scan today has no rejection rate, and that is not 0 %).
 */
public final class FigureText {

    public static final String NOTHING = "—";

    private FigureText() {
    }

    public static String share(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.0f %%", share.getAsDouble() * 100) : NOTHING;
    }

    /** A share whose whole may be zero, e.g. cashless payments when nothing was paid. */
    public static String share(long part, long whole) {
        return whole == 0 ? NOTHING : share(OptionalDouble.of((double) part / whole));
    }

    public static String seconds(OptionalDouble seconds) {
        return seconds.isPresent() ? String.format(Locale.ROOT, "%.0f s", seconds.getAsDouble()) : NOTHING;
    }

    public static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count).replace(',', '.');
    }

    /** Free disk space in gigabytes with one decimal comma, as the counts use the thousands dot. */
    public static String gigabytes(long bytes) {
        return bytes == Long.MAX_VALUE ? NOTHING
                : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9).replace('.', ',');
    }

    /** The bundle key of a device warning. */
    public static String warningKey(DeviceHealth.Warning warning) {
        return "admin.warning." + warning.name();
    }
}
