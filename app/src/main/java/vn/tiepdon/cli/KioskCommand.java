package vn.tiepdon.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.kiosk.fx.KioskApp;

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
        Display.require();
        Clock clock = Clock.systemDefaultZone();
        try (KioskParts parts = KioskParts.open(settingsOption.load(), clock)) {
            KioskApp.launch(parts.wiring(parts.scanSource(), !windowed, clock));
        }
        return ExitCodes.OK;
    }
}
