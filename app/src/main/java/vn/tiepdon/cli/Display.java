package vn.tiepdon.cli;

import java.util.Locale;

/** Says plainly that a screen is needed, instead of letting JavaFX fail with a stack trace. */
final class Display {

    private Display() {
    }

    static void require() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        boolean headless = isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))
                && !"Monocle".equals(System.getProperty("glass.platform"));
        if (linux && headless) {
            throw CliText.failed("display.none");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
