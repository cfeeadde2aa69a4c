package vn.tiepdon.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.InetSocketAddress;
import java.util.Optional;
import vn.tiepdon.admin.AdminPin;
import vn.tiepdon.identity.ScanEncoding;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.api.PaymentApiSettings;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.PriorityRule;
import vn.tiepdon.registration.PrioritySeries;

/**
 * Loads {@link KioskSettings} from a UTF-8 {@code .properties} file and checks every value,
 * so that a typo stops the kiosk at start-up with a message naming the key, not later in
 * front of a patient. See {@code packaging/config/tiepdon.example.properties} for every key.
 */
public final class SettingsLoader {

    public static final String HOSPITAL_NAME = "hospital.name";
    public static final String HOSPITAL_LOGO = "hospital.logo";
    public static final String SCANNER_PORT = "scanner.port";
    public static final String SCANNER_BAUD = "scanner.baud";
    public static final String SCANNER_FRAMING = "scanner.framing";
    public static final String SCANNER_GAP_MILLIS = "scanner.gapMillis";
    public static final String PRINTER_ADDRESS = "printer.address";
    public static final String PRINTER_PAPER_WIDTH_DOTS = "printer.paperWidthDots";
    public static final String KIOSK_IDLE_TIMEOUT_SECONDS = "kiosk.idleTimeoutSeconds";
    public static final String KIOSK_LANGUAGE = "kiosk.language";
    public static final String QUEUE_DAY_START_HOUR = "queue.dayStartHour";
    public static final String DATA_DIR = "data.dir";
    public static final String PRIORITY_CHILDREN_UNDER = "priority.childrenUnderYears";
    public static final String PRIORITY_ELDERS_FROM = "priority.eldersFromYears";
    public static final String HANDOFF_RETENTION_DAYS = "handoff.retentionDays";
    public static final String SCANNER_ENCODING = "scanner.encoding";
    public static final String KIOSK_ID = "kiosk.id";
    public static final String PAYMENT_BANK_BIN = "payment.bankBin";
    public static final String PAYMENT_ACCOUNT = "payment.account";
    public static final String PAYMENT_MERCHANT_ACCOUNT = "payment.merchantAccount";
    public static final String PAYMENT_VALIDITY_MINUTES = "payment.validityMinutes";
    public static final String PAYMENT_API_LISTEN = "payment.api.listen";
    public static final String PAYMENT_API_TOKEN = "payment.api.token";
    public static final String PAYMENT_WEBHOOK_SECRET = "payment.webhook.secret";
    public static final String PAYMENT_SEPAY_API_KEY = "payment.sepay.apiKey";
    public static final String BACKUP_DIR = "backup.dir";
    public static final String BACKUP_KEEP = "backup.keep";
    public static final String BACKUP_HOUR = "backup.hour";
    public static final String EVENTS_RETENTION_DAYS = "counts.retentionDays";
    public static final String ADMIN_PIN_HASH = "admin.pinHash";
    public static final String SYNC_URL = SyncKeys.URL;
    public static final String SYNC_TOKEN = SyncKeys.TOKEN;
    public static final String SYNC_FACILITY = SyncKeys.FACILITY;
    public static final String SYNC_INTERVAL_SECONDS = SyncKeys.INTERVAL_SECONDS;
    public static final String SYNC_CA_FILE = SyncKeys.CA_FILE;
    public static final String VOICE_ENABLED = VoiceKeys.ENABLED;
    public static final String VOICE_VOLUME = VoiceKeys.VOLUME;

    static final int DEFAULT_BAUD = 9600;
    static final String DEFAULT_FRAMING = "CR";
    static final int DEFAULT_GAP_MILLIS = 50;
    static final int DEFAULT_PAPER_WIDTH_DOTS = 576;
    static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 30;
    static final int DEFAULT_DAY_START_HOUR = 0;
    static final String DEFAULT_LANGUAGE = "vi";
    static final int DEFAULT_VALIDITY_MINUTES = 15;
    static final String DEFAULT_API_LISTEN = "127.0.0.1:8765";

    private static final Set<String> PLAIN_KEYS = Set.of(HOSPITAL_NAME, HOSPITAL_LOGO, SCANNER_PORT, SCANNER_BAUD, SCANNER_FRAMING,
            SCANNER_GAP_MILLIS, PRINTER_ADDRESS, PRINTER_PAPER_WIDTH_DOTS, KIOSK_IDLE_TIMEOUT_SECONDS,
            KIOSK_LANGUAGE, QUEUE_DAY_START_HOUR, DATA_DIR, PRIORITY_CHILDREN_UNDER, PRIORITY_ELDERS_FROM,
            HANDOFF_RETENTION_DAYS, SCANNER_ENCODING, KIOSK_ID, PAYMENT_BANK_BIN, PAYMENT_ACCOUNT,
            PAYMENT_MERCHANT_ACCOUNT, PAYMENT_VALIDITY_MINUTES, PAYMENT_API_LISTEN, PAYMENT_API_TOKEN,
            PAYMENT_WEBHOOK_SECRET, PAYMENT_SEPAY_API_KEY, BACKUP_DIR, BACKUP_KEEP, BACKUP_HOUR,
            EVENTS_RETENTION_DAYS, ADMIN_PIN_HASH, SYNC_URL, SYNC_TOKEN, SYNC_FACILITY, SYNC_INTERVAL_SECONDS,
            SYNC_CA_FILE, VOICE_ENABLED, VOICE_VOLUME);
    private static final Set<String> PAYMENT_DETAIL_KEYS = Set.of(PAYMENT_ACCOUNT, PAYMENT_MERCHANT_ACCOUNT,
            PAYMENT_VALIDITY_MINUTES, PAYMENT_API_LISTEN, PAYMENT_API_TOKEN, PAYMENT_WEBHOOK_SECRET,
            PAYMENT_SEPAY_API_KEY);
    private static final Pattern SERVICE_KEY =
            Pattern.compile("service\\.([0-9]+)\\.(code|prefix|name\\.vi|name\\.en|price|where\\.vi|where\\.en|icon)");
    private static final Pattern KIOSK_ID_PATTERN = Pattern.compile("[A-Z0-9]{1,8}");
    private static final Pattern BIN = Pattern.compile("[0-9]{6}");
    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final Pattern SERVICE_PREFIX = Pattern.compile("[A-Za-z]{1,3}");
    private static final Pattern TCP_ADDRESS = Pattern.compile("tcp:([^:]+):([0-9]{1,5})");
    private static final Pattern SERIAL_ADDRESS = Pattern.compile("serial:([^@]+)(@([0-9]+))?");
    private static final Set<String> FRAMINGS = Set.of("CR", "LF", "CRLF", "GAP");
    private static final Set<String> LANGUAGES = Set.of("vi", "en");

    private SettingsLoader() {
    }

    /**
     * Reads and checks a settings file. A relative {@code data.dir} is taken relative to the
     * file's folder, so the kiosk finds its data whatever folder it was started from.
     */
    public static KioskSettings load(Path file) throws SettingsException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new SettingsException("settings file not found: " + file.toAbsolutePath(), e);
        } catch (CharacterCodingException e) {
            throw new SettingsException("settings file is not UTF-8 text: " + file.toAbsolutePath()
                    + " (save it as UTF-8)", e);
        } catch (IOException e) {
            throw new SettingsException("cannot read settings file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        // Editors on Windows save UTF-8 with a byte-order mark, which would otherwise become part of the first key.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Properties properties = SettingsLines.read(text);
        Path folder = file.toAbsolutePath().getParent();
        return fromProperties(properties, folder);
    }

    /** Checks properties already read; a relative {@code data.dir} is resolved against {@code baseDir}. */
    public static KioskSettings fromProperties(Properties properties, Path baseDir) throws SettingsException {
        Map<String, String> values = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            values.put(key.strip(), properties.getProperty(key).strip());
        }
        rejectUnknownKeys(values);
        String hospitalName = required(values, HOSPITAL_NAME);
        List<Service> services = services(values);
        // A reception desk issues tickets without a scanner: only the kiosk window asks for one.
        Optional<String> scannerPort = Optional.ofNullable(values.get(SCANNER_PORT)).filter(port -> !port.isEmpty());
        int baud = integer(values, SCANNER_BAUD, DEFAULT_BAUD, 300, 4_000_000);
        String framing = framing(values);
        int gapMillis = integer(values, SCANNER_GAP_MILLIS, DEFAULT_GAP_MILLIS, 1, 10_000);
        String printerAddress = printerAddress(values);
        int paperWidth = paperWidth(values);
        int idleSeconds = integer(values, KIOSK_IDLE_TIMEOUT_SECONDS, DEFAULT_IDLE_TIMEOUT_SECONDS, 5, 3600);
        int dayStartHour = integer(values, QUEUE_DAY_START_HOUR, DEFAULT_DAY_START_HOUR, 0, 23);
        Path dataDir = baseDir.resolve(required(values, DATA_DIR)).normalize();
        Locale language = language(values);
        PriorityRule priority = priority(values);
        int retentionDays = integer(values, HANDOFF_RETENTION_DAYS,
                (int) KioskSettings.DEFAULT_HANDOFF_RETENTION.toDays(), 0, 365);
        String kioskId = kioskId(values);
        return new KioskSettings(hospitalName, services, scannerPort, baud, framing, gapMillis, printerAddress,
                paperWidth, Duration.ofSeconds(idleSeconds), dayStartHour, dataDir, language, priority,
                Duration.ofDays(retentionDays), encoding(values), kioskId, payment(values),
                upkeep(values, baseDir, dataDir), SyncKeys.sync(values, baseDir, kioskId), VoiceKeys.voice(values),
                logo(values, baseDir));
    }

    /** A relative path is taken from the settings file's folder; a missing file stops the kiosk at start-up. */
    private static Optional<Path> logo(Map<String, String> values, Path baseDir) throws SettingsException {
        String text = values.getOrDefault(HOSPITAL_LOGO, "").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Path file = baseDir.resolve(text).normalize();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".jpg") && !name.endsWith(".jpeg")) {
            throw new SettingsException(HOSPITAL_LOGO, "'" + text + "' must be a .png or .jpg picture");
        }
        if (!Files.isReadable(file)) {
            throw new SettingsException(HOSPITAL_LOGO, "cannot read the picture " + file);
        }
        return Optional.of(file);
    }

    /**
     * The properties that {@link #fromProperties} reads back into the same settings, for tools that
     * hand a running kiosk's settings to another process (the demo's reception desk).
     */
    public static Properties toProperties(KioskSettings settings) {
        Properties p = new Properties();
        p.setProperty(HOSPITAL_NAME, settings.hospitalName());
        settings.hospitalLogo().ifPresent(logo -> p.setProperty(HOSPITAL_LOGO, logo.toAbsolutePath().toString()));
        int n = 1;
        for (Service service : settings.services()) {
            addService(p, n, service.code(), service.prefix(), service.nameVi(), service.nameEn());
            addPlace(p, n, service.whereVi(), service.whereEn(), service.icon());
            if (service.paid()) {
                p.setProperty("service." + n + ".price", String.valueOf(service.priceDong()));
            }
            n++;
        }
        settings.scannerPort().ifPresent(port -> p.setProperty(SCANNER_PORT, port));
        p.setProperty(SCANNER_BAUD, String.valueOf(settings.scannerBaud()));
        p.setProperty(SCANNER_FRAMING, settings.scannerFraming());
        p.setProperty(SCANNER_GAP_MILLIS, String.valueOf(settings.scannerGapMillis()));
        p.setProperty(PRINTER_ADDRESS, settings.printerAddress());
        p.setProperty(PRINTER_PAPER_WIDTH_DOTS, String.valueOf(settings.paperWidthDots()));
        p.setProperty(KIOSK_IDLE_TIMEOUT_SECONDS, String.valueOf(settings.idleTimeout().toSeconds()));
        p.setProperty(QUEUE_DAY_START_HOUR, String.valueOf(settings.dayStartHour()));
        p.setProperty(DATA_DIR, settings.dataDir().toAbsolutePath().toString());
        p.setProperty(KIOSK_LANGUAGE, settings.defaultLocale().getLanguage());
        p.setProperty(PRIORITY_CHILDREN_UNDER, String.valueOf(settings.priority().childrenUnderYears()));
        p.setProperty(PRIORITY_ELDERS_FROM, String.valueOf(settings.priority().eldersFromYears()));
        p.setProperty(HANDOFF_RETENTION_DAYS, String.valueOf(settings.handoffRetention().toDays()));
        p.setProperty(SCANNER_ENCODING, switch (settings.scannerEncoding()) {
            case AUTO -> "auto";
            case UTF8 -> "utf-8";
            case WINDOWS_1258 -> "windows-1258";
        });
        p.setProperty(KIOSK_ID, settings.kioskId());
        VoiceKeys.write(settings.voice(), p);
        Upkeep upkeep = settings.upkeep();
        p.setProperty(BACKUP_DIR, upkeep.backupDir().toAbsolutePath().toString());
        p.setProperty(BACKUP_KEEP, String.valueOf(upkeep.backupKeep()));
        p.setProperty(BACKUP_HOUR, String.valueOf(upkeep.backupHour()));
        p.setProperty(EVENTS_RETENTION_DAYS, String.valueOf(upkeep.eventRetentionDays()));
        upkeep.adminPin().ifPresent(pin -> p.setProperty(ADMIN_PIN_HASH, pin.stored()));
        settings.sync().ifPresent(sync -> {
            p.setProperty(SYNC_URL, sync.server().toString());
            p.setProperty(SYNC_TOKEN, sync.token());
            p.setProperty(SYNC_FACILITY, sync.facility());
            p.setProperty(SYNC_INTERVAL_SECONDS, String.valueOf(sync.interval().toSeconds()));
            sync.caFile().ifPresent(file -> p.setProperty(SYNC_CA_FILE, file.toAbsolutePath().toString()));
        });
        settings.payment().ifPresent(payment -> {
            PaymentAccount account = payment.account();
            PaymentApiSettings api = payment.api();
            p.setProperty(PAYMENT_BANK_BIN, account.bin());
            p.setProperty(PAYMENT_ACCOUNT, account.account());
            p.setProperty(PAYMENT_MERCHANT_ACCOUNT, String.valueOf(account.merchantCategory().isPresent()));
            p.setProperty(PAYMENT_VALIDITY_MINUTES, String.valueOf(account.validity().toMinutes()));
            String host = api.address().getHostString();
            p.setProperty(PAYMENT_API_LISTEN, (host.contains(":") ? "[" + host + "]" : host) + ":"
                    + api.address().getPort());
            p.setProperty(PAYMENT_API_TOKEN, api.token());
            p.setProperty(PAYMENT_WEBHOOK_SECRET, new String(api.webhookSecret(), StandardCharsets.UTF_8));
            api.sepayApiKey().ifPresent(key -> p.setProperty(PAYMENT_SEPAY_API_KEY, key));
        });
        return p;
    }

    /**
     * Settings for trying the kiosk out: a demo hospital with three services, Khám BHYT (A, free),
     * Khám dịch vụ (B, 150.000 đ) and Xét nghiệm (C, 90.000 đ), paid by VietQR at the kiosk, and defaults for
     * everything else.
     */
    public static KioskSettings demo(Path dataDir, String scannerPort, String printerAddress) {
        Properties demo = new Properties();
        demo.setProperty(HOSPITAL_NAME, "Bệnh viện Demo Tiếp Đón");
        addService(demo, 1, "KBHYT", "A", "Khám BHYT", "Health-insurance consultation");
        addService(demo, 2, "KDV", "B", "Khám dịch vụ", "Paid consultation");
        addService(demo, 3, "XN", "C", "Xét nghiệm", "Laboratory tests");
        demo.setProperty("service.2.price", "150000");
        demo.setProperty("service.3.price", "90000");
        addPlace(demo, 1, "Phòng khám 101–104, tầng 1", "Rooms 101–104, ground floor", "insurance-card");
        addPlace(demo, 2, "Phòng khám 201, tầng 2", "Room 201, first floor", "stethoscope");
        addPlace(demo, 3, "Phòng lấy mẫu, tầng 1", "Sample room, ground floor", "test-tube");
        demo.setProperty(SCANNER_PORT, scannerPort);
        demo.setProperty(PRINTER_ADDRESS, printerAddress);
        demo.setProperty(DATA_DIR, dataDir.toAbsolutePath().toString());
        demo.setProperty(KIOSK_ID, "DEMO");
        // A made-up Vietcombank account: the codes scan in a banking app, but nobody should pay them.
        demo.setProperty(PAYMENT_BANK_BIN, "970436");
        demo.setProperty(PAYMENT_ACCOUNT, "0011000000000");
        demo.setProperty(PAYMENT_API_LISTEN, DEFAULT_API_LISTEN);
        demo.setProperty(PAYMENT_API_TOKEN, "demo-token-not-a-secret");
        demo.setProperty(PAYMENT_WEBHOOK_SECRET, "demo-webhook-secret-not-a-secret");
        try {
            return fromProperties(demo, dataDir.toAbsolutePath());
        } catch (SettingsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void addService(Properties properties, int n, String code, String prefix, String vi, String en) {
        properties.setProperty("service." + n + ".code", code);
        properties.setProperty("service." + n + ".prefix", prefix);
        properties.setProperty("service." + n + ".name.vi", vi);
        if (en != null && !en.isBlank()) {
            properties.setProperty("service." + n + ".name.en", en);
        }
    }

    private static void addPlace(Properties properties, int n, String whereVi, String whereEn, String icon) {
        if (!whereVi.isEmpty()) {
            properties.setProperty("service." + n + ".where.vi", whereVi);
            properties.setProperty("service." + n + ".where.en", whereEn);
        }
        properties.setProperty("service." + n + ".icon", icon);
    }

    /** A misspelt optional key would otherwise be ignored silently and its default used. */
    private static void rejectUnknownKeys(Map<String, String> values) throws SettingsException {
        for (String key : values.keySet()) {
            if (!PLAIN_KEYS.contains(key) && !SERVICE_KEY.matcher(key).matches()) {
                throw new SettingsException(key, "unknown key (misspelt?); see tiepdon.example.properties");
            }
        }
    }

    private static List<Service> services(Map<String, String> values) throws SettingsException {
        int highest = 0;
        for (String key : values.keySet()) {
            Matcher m = SERVICE_KEY.matcher(key);
            if (m.matches()) {
                highest = Math.max(highest, serviceNumber(key, m.group(1)));
            }
        }
        if (highest == 0) {
            throw new SettingsException("service.1.code", "at least one service is needed");
        }
        List<Service> services = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (int n = 1; n <= highest; n++) {
            String base = "service." + n + ".";
            String code = required(values, base + "code");
            if (!SERVICE_CODE.matcher(code).matches()) {
                throw new SettingsException(base + "code",
                        "'" + code + "' must be 1–20 letters, digits, '-' or '_' (no spaces, no accents)");
            }
            String prefix = required(values, base + "prefix");
            if (!SERVICE_PREFIX.matcher(prefix).matches()) {
                throw new SettingsException(base + "prefix", "'" + prefix + "' must be 1–3 letters A–Z");
            }
            prefix = prefix.toUpperCase(Locale.ROOT);
            if (!codes.add(code.toUpperCase(Locale.ROOT))) {
                throw new SettingsException(base + "code", "'" + code + "' is already used by another service");
            }
            if (!prefixes.add(prefix)) {
                throw new SettingsException(base + "prefix", "'" + prefix + "' is already used by another service");
            }
            String nameVi = required(values, base + "name.vi");
            String nameEn = values.getOrDefault(base + "name.en", "");
            long price = price(values, base + "price");
            String icon = values.getOrDefault(base + "icon", Service.DEFAULT_ICON);
            if (!Service.ICONS.contains(icon)) {
                throw new SettingsException(base + "icon", "'" + icon + "' is not one of " + String.join(", ",
                        Service.ICONS));
            }
            services.add(new Service(code, prefix, nameVi, nameEn.isEmpty() ? nameVi : nameEn, price,
                    values.getOrDefault(base + "where.vi", ""), values.getOrDefault(base + "where.en", ""), icon));
        }
        // Priority tickets of service A are numbered UA001…: no service may already use such a prefix or code.
        for (int n = 1; n <= services.size(); n++) {
            Service service = services.get(n - 1);
            if (prefixes.contains(PrioritySeries.PREFIX + service.prefix())) {
                throw new SettingsException("service." + n + ".prefix", "'" + PrioritySeries.PREFIX + service.prefix()
                        + "' is the prefix of this service's priority tickets; give the other service another prefix");
            }
            if (PrioritySeries.isPriority(service.code())) {
                throw new SettingsException("service." + n + ".code", "'" + service.code()
                        + "' ends like a priority series code; choose another code");
            }
        }
        return services;
    }

    private static int serviceNumber(String key, String digits) throws SettingsException {
        if (digits.length() > 3 || digits.startsWith("0")) {
            throw new SettingsException(key, "services are numbered 1, 2, 3 … without leading zeros");
        }
        return Integer.parseInt(digits);
    }

    private static long price(Map<String, String> values, String key) throws SettingsException {
        String text = values.get(key);
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return DongAmount.parse(key, text);
    }

    private static Upkeep upkeep(Map<String, String> values, Path baseDir, Path dataDir) throws SettingsException {
        Path backupDir = values.containsKey(BACKUP_DIR) && !values.get(BACKUP_DIR).isEmpty()
                ? baseDir.resolve(values.get(BACKUP_DIR)).normalize() : Upkeep.defaults(dataDir).backupDir();
        int keep = integer(values, BACKUP_KEEP, Upkeep.DEFAULT_BACKUP_KEEP, 1, 365);
        int hour = integer(values, BACKUP_HOUR, Upkeep.DEFAULT_BACKUP_HOUR, 0, 23);
        int retention = integer(values, EVENTS_RETENTION_DAYS, Upkeep.DEFAULT_EVENT_RETENTION_DAYS, 7, 3650);
        Optional<AdminPin> pin = Optional.empty();
        String stored = values.get(ADMIN_PIN_HASH);
        if (stored != null && !stored.isEmpty()) {
            try {
                pin = Optional.of(AdminPin.parse(stored));
            } catch (IllegalArgumentException e) {
                throw new SettingsException(ADMIN_PIN_HASH, e.getMessage());
            }
        }
        return new Upkeep(backupDir, keep, hour, retention, pin);
    }

    /** Two kiosks must not share an ID: it is part of every bill number they make. */
    private static String kioskId(Map<String, String> values) throws SettingsException {
        String id = values.getOrDefault(KIOSK_ID, KioskSettings.DEFAULT_KIOSK_ID).toUpperCase(Locale.ROOT);
        if (!KIOSK_ID_PATTERN.matcher(id).matches()) {
            throw new SettingsException(KIOSK_ID, "'" + values.get(KIOSK_ID)
                    + "' must be 1–8 letters A–Z or digits, different on every kiosk (e.g. K01)");
        }
        return id;
    }

    /** Payments are set up when {@code payment.bankBin} is given; then the account and both secrets are needed. */
    private static Optional<PaymentSettings> payment(Map<String, String> values) throws SettingsException {
        if (!values.containsKey(PAYMENT_BANK_BIN) || values.get(PAYMENT_BANK_BIN).isEmpty()) {
            for (String key : PAYMENT_DETAIL_KEYS) {
                if (values.containsKey(key)) {
                    throw new SettingsException(PAYMENT_BANK_BIN, "missing; " + key
                            + " is set, so payments need the bank's BIN too");
                }
            }
            return Optional.empty();
        }
        String bin = values.get(PAYMENT_BANK_BIN);
        if (!BIN.matcher(bin).matches()) {
            throw new SettingsException(PAYMENT_BANK_BIN, "'" + bin + "' must be the bank's 6-digit NAPAS BIN"
                    + " (tiepdon vietqr banks lists them)");
        }
        String account = required(values, PAYMENT_ACCOUNT);
        if (!account.matches("[0-9A-Za-z]{1,19}")) {
            throw new SettingsException(PAYMENT_ACCOUNT, "'" + account + "' must be 1–19 letters or digits");
        }
        boolean merchant = bool(values, PAYMENT_MERCHANT_ACCOUNT, true);
        int minutes = integer(values, PAYMENT_VALIDITY_MINUTES, DEFAULT_VALIDITY_MINUTES, 1, 24 * 60);
        PaymentAccount paymentAccount = new PaymentAccount(bin, account, ServiceCode.ACCOUNT,
                merchant ? Optional.of(PaymentAccount.HOSPITALS) : Optional.empty(), Duration.ofMinutes(minutes));
        String token = secret(values, PAYMENT_API_TOKEN);
        String webhookSecret = secret(values, PAYMENT_WEBHOOK_SECRET);
        Optional<String> sepay = values.containsKey(PAYMENT_SEPAY_API_KEY)
                ? Optional.of(secret(values, PAYMENT_SEPAY_API_KEY)) : Optional.empty();
        return Optional.of(new PaymentSettings(paymentAccount, new PaymentApiSettings(listen(values), token,
                webhookSecret.getBytes(StandardCharsets.UTF_8), sepay)));
    }

    private static String secret(Map<String, String> values, String key) throws SettingsException {
        String secret = required(values, key);
        if (secret.length() < 16) {
            throw new SettingsException(key, "must be at least 16 characters (a long random text; keep it secret)");
        }
        return secret;
    }

    /** The API binds to exactly the interface IT wrote, never to every interface by surprise. */
    private static InetSocketAddress listen(Map<String, String> values) throws SettingsException {
        return ListenAddress.parse(PAYMENT_API_LISTEN, values.getOrDefault(PAYMENT_API_LISTEN, DEFAULT_API_LISTEN),
                ListenAddress.SYSTEM);
    }

    static boolean bool(Map<String, String> values, String key, boolean defaultValue)
            throws SettingsException {
        String text = values.get(key);
        if (text == null || text.isEmpty()) {
            return defaultValue;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new SettingsException(key, "'" + text + "' must be true or false");
        };
    }

    private static String framing(Map<String, String> values) throws SettingsException {
        String framing = values.getOrDefault(SCANNER_FRAMING, DEFAULT_FRAMING).toUpperCase(Locale.ROOT);
        if (!FRAMINGS.contains(framing)) {
            throw new SettingsException(SCANNER_FRAMING, "'" + values.get(SCANNER_FRAMING)
                    + "' must be one of CR, LF, CRLF, GAP");
        }
        return framing;
    }

    private static String printerAddress(Map<String, String> values) throws SettingsException {
        String address = required(values, PRINTER_ADDRESS);
        Matcher tcp = TCP_ADDRESS.matcher(address);
        if (tcp.matches()) {
            int port = Integer.parseInt(tcp.group(2));
            if (port < 1 || port > 65535) {
                throw new SettingsException(PRINTER_ADDRESS, "TCP port " + port + " must be 1–65535");
            }
            return address;
        }
        if (SERIAL_ADDRESS.matcher(address).matches()
                || address.startsWith("file:") && address.length() > "file:".length()) {
            return address;
        }
        throw new SettingsException(PRINTER_ADDRESS, "'" + address
                + "' must be tcp:HOST:PORT, serial:PORT[@BAUD] or file:PATH");
    }

    private static int paperWidth(Map<String, String> values) throws SettingsException {
        int dots = integer(values, PRINTER_PAPER_WIDTH_DOTS, DEFAULT_PAPER_WIDTH_DOTS, 128, 2048);
        if (dots % 8 != 0) {
            throw new SettingsException(PRINTER_PAPER_WIDTH_DOTS,
                    dots + " must be a multiple of 8 (576 for 80 mm paper, 384 for 58 mm)");
        }
        return dots;
    }

    private static ScanEncoding encoding(Map<String, String> values) throws SettingsException {
        String text = values.getOrDefault(SCANNER_ENCODING, "auto");
        return ScanEncoding.fromSetting(text).orElseThrow(() -> new SettingsException(SCANNER_ENCODING,
                "'" + text + "' is not auto, utf-8 or windows-1258"));
    }

    private static PriorityRule priority(Map<String, String> values) throws SettingsException {
        int children = integer(values, PRIORITY_CHILDREN_UNDER, PriorityRule.LAW_2023.childrenUnderYears(), 0, 18);
        int elders = integer(values, PRIORITY_ELDERS_FROM, PriorityRule.LAW_2023.eldersFromYears(), 19, 150);
        return new PriorityRule(children, elders);
    }

    private static Locale language(Map<String, String> values) throws SettingsException {
        String language = values.getOrDefault(KIOSK_LANGUAGE, DEFAULT_LANGUAGE).toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new SettingsException(KIOSK_LANGUAGE, "'" + values.get(KIOSK_LANGUAGE) + "' must be vi or en");
        }
        return Locale.forLanguageTag(language);
    }

    static String required(Map<String, String> values, String key) throws SettingsException {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            throw new SettingsException(key, "missing; this key is required");
        }
        return value;
    }

    static int integer(Map<String, String> values, String key, int defaultValue, int min, int max)
            throws SettingsException {
        String text = values.get(key);
        if (text == null || text.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SettingsException(key, "'" + text + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new SettingsException(key, value + " is out of range " + min + "–" + max);
        }
        return value;
    }
}
