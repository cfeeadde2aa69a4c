package vn.tiepdon.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.queue.Service;

/**
 * A kiosk that issues and prints tickets as fast as it can until it is killed: the child JVM of
 * {@link IssuingCrashTest}. Same parts as the real kiosk (KioskParts: recovery at open, SQLite
 * ledger, printing issuer over TCP).
 * <p>
 * Arguments: data folder, printer port.
 */
public final class IssuingProcess {

    private IssuingProcess() {
    }

    public static void main(String[] args) {
        KioskSettings settings = SettingsLoader.demo(Path.of(args[0]), KioskParts.STDIN_PORT,
                "tcp:127.0.0.1:" + args[1]);
        List<Service> services = settings.services();
        try (KioskParts parts = KioskParts.open(settings, Clock.systemDefaultZone())) {
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                parts.issuer.issue(services.get(i % services.size()));
            }
        }
    }
}
