package vn.tiepdon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.station.Kiosk;
import vn.tiepdon.station.StationFailure;

/** {@code tiepdon kiosk}: the kiosk with real devices, as a hospital runs it. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = "Chạy kiosk lấy số với máy quét và máy in thật / Run the kiosk with the real scanner and printer.")
final class KioskCommand implements Callable<Integer> {

    @Mixin
    SettingsOption settingsOption;

    @Option(names = "--windowed", description = "Chạy trong cửa sổ thay vì toàn màn hình / Run in a window, not full screen.")
    boolean windowed;

    @Override
    public Integer call() {
        KioskSettings settings = settingsOption.load();
        scannerPort(settings);
        Display.require();
        run(settings, !windowed);
        return ExitCodes.OK;
    }

    /** The kiosk window until it is closed; {@code demo} runs it too. */
    static void run(KioskSettings settings, boolean fullScreen) {
        try {
            Kiosk.run(settings, fullScreen);
        } catch (StationFailure e) {
            throw CliText.failed(e.part() == StationFailure.Part.KIOSK_WINDOW ? "kiosk.windowFailed"
                    : "kiosk.openFailed", e.getMessage());
        }
    }

    /**
     * Settings load without a scanner, for the reception desk's {@code ticket issue}; the kiosk window cannot do
     * without one, and says so before it opens rather than on a screen nobody at the desk is watching.
     */
    private static void scannerPort(KioskSettings settings) {
        settings.scannerPort().orElseThrow(() -> CliText.failed("kiosk.noScanner"));
    }
}
