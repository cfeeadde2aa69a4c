package vn.tiepdon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.SettingsException;
import vn.tiepdon.config.SettingsLoader;

/** {@code --config FILE}, shared by the commands that run the kiosk's parts. */
final class SettingsOption {

    static final Path SYSTEM_FILE = Path.of("/etc/tiepdon/tiepdon.properties");
    static final Path LOCAL_FILE = Path.of("tiepdon.properties");

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = {"Tệp cấu hình / Settings file.",
                    "Default: $TIEPDON_CONFIG, else ./tiepdon.properties, else /etc/tiepdon/tiepdon.properties."})
    Path file;

    KioskSettings load() {
        Path chosen = chosen();
        try {
            return SettingsLoader.load(chosen);
        } catch (SettingsException e) {
            throw CliText.failed("settings.invalid", e.getMessage());
        }
    }

    /** Like {@link #load()}, for a command whose settings are its input: a bad or missing file is rejected (2). */
    KioskSettings loadOrReject() {
        try {
            return load();
        } catch (UserError e) {
            throw new UserError(ExitCodes.REJECTED, e.getMessage());
        }
    }

    private Path chosen() {
        if (file != null) {
            return file;
        }
        List<Path> candidates = new ArrayList<>();
        String fromEnvironment = System.getenv("TIEPDON_CONFIG");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            candidates.add(Path.of(fromEnvironment));
        }
        candidates.add(LOCAL_FILE);
        candidates.add(SYSTEM_FILE);
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> CliText.failed("settings.none"));
    }
}
