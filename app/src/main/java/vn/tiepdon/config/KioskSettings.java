package vn.tiepdon.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import vn.tiepdon.queue.Service;

/**
 * Everything a hospital configures for one kiosk. Loaded by {@link SettingsLoader}
 * from a UTF-8 properties file; see {@code packaging/config/tiepdon.example.properties}.
 *
 * @param scannerPort    serial port name or path of the scanner (e.g. {@code /dev/ttyACM0}, {@code COM3});
 *                       {@code stdin} reads scans typed into the terminal
 * @param scannerFraming CR, LF, CRLF or GAP
 * @param printerAddress {@code tcp:HOST:PORT}, {@code serial:PORT[@BAUD]} or {@code file:PATH}
 * @param dayStartHour   hour (0–23) at which numbering starts again from 1
 * @param dataDir        where the SQLite database and logs live
 */
public record KioskSettings(String hospitalName, List<Service> services, String scannerPort, int scannerBaud,
                            String scannerFraming, int scannerGapMillis, String printerAddress,
                            int paperWidthDots, Duration idleTimeout, int dayStartHour, Path dataDir,
                            Locale defaultLocale) {

    public KioskSettings {
        services = List.copyOf(services);
    }

    public Service service(String code) {
        return services.stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code));
    }
}
