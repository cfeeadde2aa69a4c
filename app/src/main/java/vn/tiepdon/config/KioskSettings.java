package vn.tiepdon.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tiepdon.identity.ScanEncoding;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.PriorityRule;
import vn.tiepdon.sync.client.SyncSettings;

/**
 * Everything a hospital configures for one kiosk. Loaded by {@link SettingsLoader}
 * from a UTF-8 properties file; see {@code packaging/config/tiepdon.example.properties}.
 *
 * @param scannerPort    serial port name or path of the scanner (e.g. {@code /dev/ttyACM0}, {@code COM3});
 *                       {@code stdin} reads scans typed into the terminal; empty at a reception desk, which has none
 * @param scannerFraming CR, LF, CRLF or GAP
 * @param printerAddress {@code tcp:HOST:PORT}, {@code serial:PORT[@BAUD]} or {@code file:PATH}
 * @param dayStartHour   hour (0–23) at which numbering starts again from 1
 * @param dataDir          where the SQLite database and logs live
 * @param priority         who takes a number from the priority series
 * @param handoffRetention how long the data handed to the hospital information system is kept
 * @param scannerEncoding  how the scanner's bytes become text; AUTO detects UTF-8, repaired mojibake or Windows-1258
 * @param kioskId          names this kiosk in its payment bill numbers and, later, in the counts it reports
 * @param payment          the hospital's VietQR account and local payment API; empty when payments are not set up
 * @param upkeep           backups, retention of counted events, the admin PIN
 * @param sync             where the kiosk sends its counts (the central indicator server); empty: it does not
 * @param voice            whether the kiosk speaks its guidance, and how loudly
 * @param hospitalLogo     a PNG or JPEG shown left of the hospital's name in the kiosk's header; empty: a drawn emblem
 */
public record KioskSettings(String hospitalName, List<Service> services, Optional<String> scannerPort,
                            int scannerBaud, String scannerFraming, int scannerGapMillis, String printerAddress,
                            int paperWidthDots, Duration idleTimeout, int dayStartHour, Path dataDir,
                            Locale defaultLocale, PriorityRule priority, Duration handoffRetention,
                            ScanEncoding scannerEncoding, String kioskId, Optional<PaymentSettings> payment,
                            Upkeep upkeep, Optional<SyncSettings> sync, VoiceSettings voice,
                            Optional<Path> hospitalLogo) {

    public static final Duration DEFAULT_HANDOFF_RETENTION = Duration.ofDays(1);
    public static final String DEFAULT_KIOSK_ID = "KIOSK";

    public KioskSettings {
        services = List.copyOf(services);
        scannerPort = scannerPort == null ? Optional.empty() : scannerPort;
        priority = priority == null ? PriorityRule.LAW_2023 : priority;
        handoffRetention = handoffRetention == null ? DEFAULT_HANDOFF_RETENTION : handoffRetention;
        scannerEncoding = scannerEncoding == null ? ScanEncoding.AUTO : scannerEncoding;
        kioskId = kioskId == null ? DEFAULT_KIOSK_ID : kioskId;
        payment = payment == null ? Optional.empty() : payment;
        upkeep = upkeep == null ? Upkeep.defaults(dataDir) : upkeep;
        sync = sync == null ? Optional.empty() : sync;
        voice = voice == null ? VoiceSettings.DEFAULTS : voice;
        hospitalLogo = hospitalLogo == null ? Optional.empty() : hospitalLogo;
    }

    /** Without sync, the voice settings and a logo: what every settings file said before the indicator server. */
    public KioskSettings(String hospitalName, List<Service> services, Optional<String> scannerPort,
                         int scannerBaud, String scannerFraming, int scannerGapMillis, String printerAddress,
                         int paperWidthDots, Duration idleTimeout, int dayStartHour, Path dataDir,
                         Locale defaultLocale, PriorityRule priority, Duration handoffRetention,
                         ScanEncoding scannerEncoding, String kioskId, Optional<PaymentSettings> payment,
                         Upkeep upkeep) {
        this(hospitalName, services, scannerPort, scannerBaud, scannerFraming, scannerGapMillis, printerAddress,
                paperWidthDots, idleTimeout, dayStartHour, dataDir, defaultLocale, priority, handoffRetention,
                scannerEncoding, kioskId, payment, upkeep, Optional.empty(), null, Optional.empty());
    }

    /** The facility code the kiosk reports under ({@code sync.facility}), or empty when it does not sync. */
    public Optional<String> facility() {
        return sync.map(SyncSettings::facility);
    }

    public KioskSettings(String hospitalName, List<Service> services, String scannerPort, int scannerBaud,
                         String scannerFraming, int scannerGapMillis, String printerAddress,
                         int paperWidthDots, Duration idleTimeout, int dayStartHour, Path dataDir,
                         Locale defaultLocale, PriorityRule priority, Duration handoffRetention,
                         ScanEncoding scannerEncoding, String kioskId, Optional<PaymentSettings> payment) {
        this(hospitalName, services, Optional.ofNullable(scannerPort), scannerBaud, scannerFraming, scannerGapMillis,
                printerAddress, paperWidthDots, idleTimeout, dayStartHour, dataDir, defaultLocale, priority,
                handoffRetention, scannerEncoding, kioskId, payment, null);
    }

    public KioskSettings(String hospitalName, List<Service> services, String scannerPort, int scannerBaud,
                         String scannerFraming, int scannerGapMillis, String printerAddress,
                         int paperWidthDots, Duration idleTimeout, int dayStartHour, Path dataDir,
                         Locale defaultLocale, PriorityRule priority, Duration handoffRetention,
                         ScanEncoding scannerEncoding) {
        this(hospitalName, services, Optional.ofNullable(scannerPort), scannerBaud, scannerFraming, scannerGapMillis,
                printerAddress, paperWidthDots, idleTimeout, dayStartHour, dataDir, defaultLocale, priority,
                handoffRetention, scannerEncoding, null, null, null);
    }

    /** The same settings with another payment set-up (tests and the demo). */
    public KioskSettings withPayment(Optional<PaymentSettings> newPayment) {
        return new KioskSettings(hospitalName, services, scannerPort, scannerBaud, scannerFraming, scannerGapMillis,
                printerAddress, paperWidthDots, idleTimeout, dayStartHour, dataDir, defaultLocale, priority,
                handoffRetention, scannerEncoding, kioskId, newPayment, upkeep, sync, voice, hospitalLogo);
    }

    /** The same settings with other upkeep (tests and the demo). */
    public KioskSettings withUpkeep(Upkeep newUpkeep) {
        return new KioskSettings(hospitalName, services, scannerPort, scannerBaud, scannerFraming, scannerGapMillis,
                printerAddress, paperWidthDots, idleTimeout, dayStartHour, dataDir, defaultLocale, priority,
                handoffRetention, scannerEncoding, kioskId, payment, newUpkeep, sync, voice, hospitalLogo);
    }

    /** The same settings with other services (tests and the demo). */
    public KioskSettings withServices(List<Service> newServices) {
        return new KioskSettings(hospitalName, newServices, scannerPort, scannerBaud, scannerFraming,
                scannerGapMillis, printerAddress, paperWidthDots, idleTimeout, dayStartHour, dataDir, defaultLocale,
                priority, handoffRetention, scannerEncoding, kioskId, payment, upkeep, sync, voice, hospitalLogo);
    }

    /** The same settings with another sync set-up (tests). */
    public KioskSettings withSync(Optional<SyncSettings> newSync) {
        return new KioskSettings(hospitalName, services, scannerPort, scannerBaud, scannerFraming, scannerGapMillis,
                printerAddress, paperWidthDots, idleTimeout, dayStartHour, dataDir, defaultLocale, priority,
                handoffRetention, scannerEncoding, kioskId, payment, upkeep, newSync, voice, hospitalLogo);
    }

    /** The same settings with other voice settings (tests and the demo). */
    public KioskSettings withVoice(VoiceSettings newVoice) {
        return new KioskSettings(hospitalName, services, scannerPort, scannerBaud, scannerFraming, scannerGapMillis,
                printerAddress, paperWidthDots, idleTimeout, dayStartHour, dataDir, defaultLocale, priority,
                handoffRetention, scannerEncoding, kioskId, payment, upkeep, sync, newVoice, hospitalLogo);
    }

    /** Settings with the law's priority ages, a one-day hand-off retention and scanner encoding detection. */
    public KioskSettings(String hospitalName, List<Service> services, String scannerPort, int scannerBaud,
                         String scannerFraming, int scannerGapMillis, String printerAddress, int paperWidthDots,
                         Duration idleTimeout, int dayStartHour, Path dataDir, Locale defaultLocale) {
        this(hospitalName, services, scannerPort, scannerBaud, scannerFraming, scannerGapMillis, printerAddress,
                paperWidthDots, idleTimeout, dayStartHour, dataDir, defaultLocale, null, null, null);
    }

    public Service service(String code) {
        return services.stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code));
    }
}
