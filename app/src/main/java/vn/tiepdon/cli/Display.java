package vn.tiepdon.cli;

import java.util.Locale;

/** Says plainly that a screen is needed, instead of letting JavaFX fail with a stack trace. */
final class Display {

    private Display() {
    }

    static void require() {
        if (!present()) {
            throw CliText.failed("display.none");
        }
    }

    static boolean present() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        boolean headless = isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))
                && !drawsWithoutAScreen(System.getProperty("glass.platform", ""));
        return !(linux && headless);
    }

    /** JavaFX's own headless platform (JavaFX 26+, as the tests use it) or Monocle's needs no screen. */
    private static boolean drawsWithoutAScreen(String glassPlatform) {
        return glassPlatform.equalsIgnoreCase("headless") || glassPlatform.equals("Monocle");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
