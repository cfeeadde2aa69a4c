package vn.tiepdon.station;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.queue.Service;

/**
 * A kiosk that issues and prints tickets as fast as it can until it is killed: the child JVM of
 * {@link IssuingCrashTest}. It starts as the kiosk does (the check before issuing, recovery, the space reserve,
 * interrupted tickets marked not printed) and says what it is doing on standard output, so the test can kill it
 * after a number of events rather than after a time.
 * <p>
 * Arguments: the settings file.
 */
public final class IssuingProcess {

    private IssuingProcess() {
    }

    public static void main(String[] args) throws Exception {
        KioskSettings settings = SettingsLoader.load(Path.of(args[0]));
        List<Service> services = settings.services();
        System.out.println("starting");
        System.out.flush();
        try (Kiosk kiosk = Kiosk.open(settings, Clock.systemDefaultZone())) {
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                kiosk.parts.issuer.issue(services.get(i % services.size()));
                System.out.println("issued");
                System.out.flush();
            }
        }
    }
}
