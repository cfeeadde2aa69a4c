package vn.tiepdon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
        KioskParts.runKiosk(settingsOption.load(), !windowed);
        return ExitCodes.OK;
    }
}
