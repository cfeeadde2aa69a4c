package vn.tiepdon.scan;

import java.util.Locale;

/** Port names and error codes differ between Windows and the POSIX systems. */
final class Platform {

    static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private Platform() {
    }
}
