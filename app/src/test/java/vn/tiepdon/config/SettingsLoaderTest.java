package vn.tiepdon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.queue.Service;

class SettingsLoaderTest {

    /** Surefire runs in the app module folder; the example ships from packaging/. */
    private static final Path EXAMPLE = Path.of("..", "packaging", "config", "tiepdon.example.properties");

    private static final List<String> MINIMAL = List.of(
            "hospital.name=Bệnh viện Thử",
            "service.1.code=KBHYT",
            "service.1.prefix=A",
            "service.1.name.vi=Khám BHYT",
            "scanner.port=COM3",
            "printer.address=tcp:127.0.0.1:9100",
            "data.dir=data");

    private static final List<String> PAYMENT = with(MINIMAL, "payment.bankBin=970436",
            "payment.account=0011000000000", "payment.api.token=token-0123456789abcdef",
            "payment.webhook.secret=secret-0123456789abcdef");

    private static final List<String> SYNC = with(MINIMAL, "kiosk.id=K07", "sync.url=https://chiso.example.vn",
            "sync.token=k07-token-0123456789abcdef", "sync.facility=79001");

    @TempDir
    Path folder;

    @Test
    void readsWhereTheCountsAreSent() throws Exception {
        Files.writeString(folder.resolve("hospital-ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        KioskSettings settings = SettingsLoader.load(write(with(SYNC, "sync.intervalSeconds=60",
                "sync.caFile=hospital-ca.pem")));

        var sync = settings.sync().orElseThrow();
        assertThat(sync.server()).isEqualTo(java.net.URI.create("https://chiso.example.vn"));
        assertThat(sync.token()).isEqualTo("k07-token-0123456789abcdef");
        assertThat(sync.kiosk()).isEqualTo("K07");
        assertThat(sync.facility()).isEqualTo("79001");
        assertThat(sync.interval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(sync.caFile()).contains(folder.resolve("hospital-ca.pem"));
        assertThat(sync.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(sync.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.facility()).contains("79001");

        KioskSettings defaults = SettingsLoader.load(write(SYNC));
        assertThat(defaults.sync().orElseThrow().interval()).isEqualTo(Duration.ofSeconds(300));
        assertThat(defaults.sync().orElseThrow().caFile()).isEmpty();
        assertThat(SettingsLoader.load(write(MINIMAL)).sync()).as("no sync.url: no sync").isEmpty();
        assertThat(SettingsLoader.fromProperties(SettingsLoader.toProperties(settings), folder)).isEqualTo(settings);
    }

    @Test
    void aTokenRefusedBySettingsIsNeverRepeatedInTheMessage() throws IOException {
        Path file = write(with(SYNC, "sync.token=short secret"));
        assertThatThrownBy(() -> SettingsLoader.load(file)).hasMessageStartingWith("sync.token: ")
                .message().doesNotContain("short secret");
    }

    @Test
    void readsPricesAndThePaymentSetUp() throws Exception {
        KioskSettings settings = SettingsLoader.load(write(with(PAYMENT, "service.1.price=150.000",
                "payment.merchantAccount=false", "payment.validityMinutes=5", "payment.api.listen=127.0.0.1:9876",
                "payment.sepay.apiKey=sepay-0123456789abcdef", "kiosk.id=k07")));

        assertThat(settings.services().getFirst().priceDong()).isEqualTo(150_000);
        assertThat(settings.kioskId()).isEqualTo("K07");
        PaymentSettings payment = settings.payment().orElseThrow();
        assertThat(payment.account().bin()).isEqualTo("970436");
        assertThat(payment.account().account()).isEqualTo("0011000000000");
        assertThat(payment.account().merchantCategory()).isEmpty();
        assertThat(payment.account().validity()).isEqualTo(Duration.ofMinutes(5));
        assertThat(payment.api().address().getPort()).isEqualTo(9876);
        assertThat(payment.api().address().getHostString()).isEqualTo("127.0.0.1");
        assertThat(payment.api().token()).isEqualTo("token-0123456789abcdef");
        assertThat(new String(payment.api().webhookSecret(), StandardCharsets.UTF_8))
                .isEqualTo("secret-0123456789abcdef");
        assertThat(payment.api().sepayApiKey()).contains("sepay-0123456789abcdef");

        KioskSettings defaults = SettingsLoader.load(write(PAYMENT));
        assertThat(defaults.payment().orElseThrow().account().merchantCategory()).contains("8062");
        assertThat(defaults.payment().orElseThrow().account().validity()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.payment().orElseThrow().api().address().getPort()).isEqualTo(8765);
        assertThat(defaults.payment().orElseThrow().api().sepayApiKey()).isEmpty();
        assertThat(defaults.kioskId()).isEqualTo("KIOSK");
    }

    @Test
    void readsBackupRetentionAndTheAdminPin() throws Exception {
        String hash = vn.tiepdon.admin.AdminPin.create("482915").stored();
        KioskSettings settings = SettingsLoader.load(write(with(MINIMAL, "backup.dir=/mnt/usb/tiepdon",
                "backup.keep=30", "backup.hour=23", "counts.retentionDays=400", "admin.pinHash=" + hash)));

        Upkeep upkeep = settings.upkeep();
        assertThat(upkeep.backupDir()).isEqualTo(Path.of("/mnt/usb/tiepdon"));
        assertThat(upkeep.backupKeep()).isEqualTo(30);
        assertThat(upkeep.backupHour()).isEqualTo(23);
        assertThat(upkeep.eventRetentionDays()).isEqualTo(400);
        assertThat(upkeep.adminPin().orElseThrow().matches("482915")).isTrue();
        assertThat(SettingsLoader.fromProperties(SettingsLoader.toProperties(settings), folder).upkeep()
                .adminPin().orElseThrow().stored()).isEqualTo(hash);

        Upkeep defaults = SettingsLoader.load(write(MINIMAL)).upkeep();
        assertThat(defaults.backupDir()).isEqualTo(folder.resolve("data").resolve("backup"));
        assertThat(defaults.backupKeep()).isEqualTo(14);
        assertThat(defaults.eventRetentionDays()).isEqualTo(90);
        assertThat(defaults.adminPin()).isEmpty();
    }

    @Test
    void paymentSettingsWrittenAsPropertiesReadBackTheSame() throws Exception {
        KioskSettings settings = SettingsLoader.load(write(with(PAYMENT, "service.1.price=90000",
                "payment.sepay.apiKey=sepay-0123456789abcdef")));
        Properties written = SettingsLoader.toProperties(settings);
        KioskSettings again = SettingsLoader.fromProperties(written, folder);

        assertThat(again.services()).isEqualTo(settings.services());
        assertThat(again.kioskId()).isEqualTo(settings.kioskId());
        assertThat(SettingsLoader.toProperties(again)).isEqualTo(written);
    }

    @Test
    void loadsTheShippedExample() throws Exception {
        KioskSettings settings = SettingsLoader.load(EXAMPLE);

        assertThat(settings.hospitalName()).isEqualTo("Bệnh viện Đa khoa Ví Dụ");
        assertThat(settings.services()).containsExactly(
                new Service("KBHYT", "A", "Khám BHYT", "Health-insurance consultation", 0,
                        "Phòng khám 101–104, tầng 1", "Rooms 101–104, ground floor", "insurance-card"),
                new Service("KDV", "B", "Khám dịch vụ", "Paid consultation", 150_000,
                        "Phòng khám 201, tầng 2", "Room 201, first floor", "stethoscope"),
                new Service("XN", "C", "Xét nghiệm", "Laboratory tests", 0,
                        "Phòng lấy mẫu, tầng 1", "Sample room, ground floor", "test-tube"));
        assertThat(settings.kioskId()).isEqualTo("K01");
        assertThat(settings.payment()).as("the example leaves payments commented out").isEmpty();
        assertThat(settings.scannerPort()).contains("/dev/ttyACM0");
        assertThat(settings.scannerBaud()).isEqualTo(9600);
        assertThat(settings.scannerFraming()).isEqualTo("CR");
        assertThat(settings.scannerGapMillis()).isEqualTo(50);
        assertThat(settings.printerAddress()).isEqualTo("tcp:192.168.1.50:9100");
        assertThat(settings.paperWidthDots()).isEqualTo(576);
        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.dayStartHour()).isZero();
        assertThat(settings.dataDir()).isEqualTo(EXAMPLE.toAbsolutePath().getParent().resolve("data").normalize());
        assertThat(settings.defaultLocale()).isEqualTo(Locale.forLanguageTag("vi"));
        assertThat(settings.voice()).isEqualTo(new VoiceSettings(true, 80));
    }

    @Test
    void readsWhetherTheKioskSpeaksAndHowLoudly() throws Exception {
        KioskSettings quiet = SettingsLoader.load(write(with(MINIMAL, "voice.enabled=false", "voice.volume=35")));
        assertThat(quiet.voice().enabled()).isFalse();
        assertThat(quiet.voice().volume()).isEqualTo(35);
        assertThat(quiet.voice().audible()).isFalse();

        KioskSettings defaults = SettingsLoader.load(write(MINIMAL));
        assertThat(defaults.voice()).as("speaks at 80 unless told otherwise").isEqualTo(new VoiceSettings(true, 80));
        assertThat(SettingsLoader.load(write(with(MINIMAL, "voice.volume=0"))).voice().audible())
                .as("turned all the way down").isFalse();
        assertThat(SettingsLoader.load(write(with(MINIMAL, "voice.enabled=yes", "voice.volume=100"))).voice())
                .isEqualTo(new VoiceSettings(true, 100));
        assertThat(SettingsLoader.fromProperties(SettingsLoader.toProperties(quiet), folder)).isEqualTo(quiet);
    }

    @Test
    void settingsWrittenAsPropertiesReadBackTheSame() throws Exception {
        KioskSettings example = SettingsLoader.load(EXAMPLE);

        KioskSettings again = SettingsLoader.fromProperties(SettingsLoader.toProperties(example), folder);

        assertThat(again).isEqualTo(example);
    }

    @Test
    void usesDefaultsForOptionalKeys() throws Exception {
        KioskSettings settings = SettingsLoader.load(write(MINIMAL));

        assertThat(settings.scannerBaud()).isEqualTo(9600);
        assertThat(settings.scannerFraming()).isEqualTo("CR");
        assertThat(settings.scannerGapMillis()).isEqualTo(50);
        assertThat(settings.paperWidthDots()).isEqualTo(576);
        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.dayStartHour()).isZero();
        assertThat(settings.defaultLocale().getLanguage()).isEqualTo("vi");
        assertThat(settings.dataDir()).isEqualTo(folder.resolve("data"));
        assertThat(settings.services().getFirst().nameEn()).isEqualTo("Khám BHYT");
    }

    @Test
    void readsAFileSavedWithAByteOrderMark() throws Exception {
        Path file = write(MINIMAL);
        byte[] content = Files.readAllBytes(file);
        byte[] withBom = new byte[content.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withBom, 3, content.length);
        Files.write(file, withBom);

        assertThat(SettingsLoader.load(file).hospitalName()).isEqualTo("Bệnh viện Thử");
    }

    @Test
    void acceptsLowerCaseChoicesAndOtherPrinterAddresses() throws Exception {
        KioskSettings settings = SettingsLoader.load(write(with(MINIMAL,
                "scanner.framing=crlf", "kiosk.language=EN", "service.1.prefix=a",
                "printer.address=serial:/dev/ttyUSB0@19200")));
        assertThat(settings.scannerFraming()).isEqualTo("CRLF");
        assertThat(settings.defaultLocale().getLanguage()).isEqualTo("en");
        assertThat(settings.services().getFirst().prefix()).isEqualTo("A");
        assertThat(settings.printerAddress()).isEqualTo("serial:/dev/ttyUSB0@19200");
    }

    @Test
    void readsPriorityAgesAndHandOffRetention() throws Exception {
        KioskSettings defaults = SettingsLoader.load(write(MINIMAL));
        assertThat(defaults.priority()).isEqualTo(vn.tiepdon.registration.PriorityRule.LAW_2023);
        assertThat(defaults.handoffRetention()).isEqualTo(Duration.ofDays(1));

        KioskSettings set = SettingsLoader.load(write(with(MINIMAL, "priority.childrenUnderYears=7",
                "priority.eldersFromYears=80", "handoff.retentionDays=3")));
        assertThat(set.priority()).isEqualTo(new vn.tiepdon.registration.PriorityRule(7, 80));
        assertThat(set.handoffRetention()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void aReceptionDeskNeedsNoScanner() throws Exception {
        KioskSettings absent = SettingsLoader.load(write(without(MINIMAL, "scanner.port")));
        KioskSettings blank = SettingsLoader.load(write(with(MINIMAL, "scanner.port=")));

        assertThat(absent.scannerPort()).isEmpty();
        assertThat(blank.scannerPort()).isEmpty();
        assertThat(SettingsLoader.toProperties(absent)).doesNotContainKey("scanner.port");
    }

    static Stream<Arguments> invalidSettings() {
        return Stream.of(
                Arguments.of(without(MINIMAL, "hospital.name"), "hospital.name", "missing"),
                Arguments.of(without(MINIMAL, "printer.address"), "printer.address", "missing"),
                Arguments.of(without(MINIMAL, "data.dir"), "data.dir", "missing"),
                Arguments.of(MINIMAL.stream().filter(l -> !l.startsWith("service.")).toList(),
                        "service.1.code", "at least one service"),
                Arguments.of(without(MINIMAL, "service.1.name.vi"), "service.1.name.vi", "missing"),
                Arguments.of(with(MINIMAL, "service.2.code=kbhyt", "service.2.prefix=B", "service.2.name.vi=Lại"),
                        "service.2.code", "already used"),
                Arguments.of(with(MINIMAL, "service.2.code=KDV", "service.2.prefix=a", "service.2.name.vi=Lại"),
                        "service.2.prefix", "already used"),
                Arguments.of(with(MINIMAL, "service.3.code=XN", "service.3.prefix=C", "service.3.name.vi=Xét nghiệm"),
                        "service.2.code", "missing"),
                Arguments.of(with(MINIMAL, "service.1.code=KHÁM BHYT"), "service.1.code", "no spaces"),
                Arguments.of(with(MINIMAL, "service.1.prefix=A1"), "service.1.prefix", "1–3 letters"),
                Arguments.of(with(MINIMAL, "service.01.code=X"), "service.01.code", "leading zeros"),
                Arguments.of(with(MINIMAL, "service.1.icon=rocket"), "service.1.icon", "stethoscope, insurance-card"),
                Arguments.of(with(MINIMAL, "hospital.logo=logo.gif"), "hospital.logo", ".png or .jpg"),
                Arguments.of(with(MINIMAL, "hospital.logo=missing-logo.png"), "hospital.logo", "cannot read"),
                Arguments.of(with(MINIMAL, "queue.dayStartHour=24"), "queue.dayStartHour", "out of range 0–23"),
                Arguments.of(with(MINIMAL, "queue.dayStartHour=five"), "queue.dayStartHour", "not a whole number"),
                Arguments.of(with(MINIMAL, "scanner.baud=0"), "scanner.baud", "out of range"),
                Arguments.of(with(MINIMAL, "scanner.framing=ETX"), "scanner.framing", "CR, LF, CRLF, GAP"),
                Arguments.of(with(MINIMAL, "scanner.gapMillis=0"), "scanner.gapMillis", "out of range"),
                Arguments.of(with(MINIMAL, "printer.address=192.168.1.50"), "printer.address", "tcp:HOST:PORT"),
                Arguments.of(with(MINIMAL, "printer.address=tcp:printer:70000"), "printer.address", "1–65535"),
                Arguments.of(with(MINIMAL, "printer.paperWidthDots=580"), "printer.paperWidthDots", "multiple of 8"),
                Arguments.of(with(MINIMAL, "kiosk.idleTimeoutSeconds=1"), "kiosk.idleTimeoutSeconds", "out of range"),
                Arguments.of(with(MINIMAL, "kiosk.language=fr"), "kiosk.language", "vi or en"),
                Arguments.of(with(MINIMAL, "kiosk.idleTimeoutSecond=60"), "kiosk.idleTimeoutSecond", "unknown key"),
                Arguments.of(with(MINIMAL, "service.2.code=KDV", "service.2.prefix=UA", "service.2.name.vi=Khám"),
                        "service.1.prefix", "priority tickets"),
                Arguments.of(with(MINIMAL, "service.1.code=KBHYT-UT"), "service.1.code", "priority series"),
                Arguments.of(with(MINIMAL, "priority.eldersFromYears=12"), "priority.eldersFromYears", "out of range"),
                Arguments.of(with(MINIMAL, "handoff.retentionDays=-1"), "handoff.retentionDays", "out of range"),
                Arguments.of(with(MINIMAL, "service.1.price=150k"), "service.1.price", "whole number of đồng"),
                Arguments.of(with(MINIMAL, "kiosk.id=Ki-ốt 1"), "kiosk.id", "1–8 letters"),
                Arguments.of(with(MINIMAL, "payment.account=0011000000000"), "payment.bankBin", "BIN too"),
                Arguments.of(with(PAYMENT, "payment.bankBin=VCB"), "payment.bankBin", "6-digit"),
                Arguments.of(without(PAYMENT, "payment.account"), "payment.account", "missing"),
                Arguments.of(without(PAYMENT, "payment.api.token"), "payment.api.token", "missing"),
                Arguments.of(with(PAYMENT, "payment.webhook.secret=short"), "payment.webhook.secret", "16"),
                Arguments.of(with(PAYMENT, "payment.api.listen=0.0.0.0:8765"), "payment.api.listen", "every network"),
                Arguments.of(with(PAYMENT, "payment.api.listen=[::]:8765"), "payment.api.listen", "every network"),
                Arguments.of(with(PAYMENT, "payment.api.listen=0:8765"), "payment.api.listen", "every network"),
                Arguments.of(with(PAYMENT, "payment.api.listen=::18769"), "payment.api.listen", "brackets"),
                Arguments.of(with(PAYMENT, "payment.api.listen=8765"), "payment.api.listen", "ADDRESS:PORT"),
                Arguments.of(with(PAYMENT, "payment.merchantAccount=maybe"), "payment.merchantAccount", "true or false"),
                Arguments.of(with(PAYMENT, "payment.validityMinutes=0"), "payment.validityMinutes", "out of range"),
                Arguments.of(with(MINIMAL, "admin.pinHash=1234"), "admin.pinHash", "tiepdon admin pin"),
                Arguments.of(with(MINIMAL, "backup.keep=0"), "backup.keep", "out of range"),
                Arguments.of(with(MINIMAL, "counts.retentionDays=1"), "counts.retentionDays", "out of range"),
                Arguments.of(with(MINIMAL, "sync.token=k07-token-0123456789abcdef"), "sync.url", "address too"),
                Arguments.of(with(SYNC, "sync.url=http://chiso.example.vn"), "sync.url", "plain http is refused"),
                Arguments.of(with(SYNC, "sync.url=chiso.example.vn"), "sync.url", "https://"),
                Arguments.of(without(SYNC, "sync.token"), "sync.token", "missing"),
                Arguments.of(without(SYNC, "sync.facility"), "sync.facility", "missing"),
                Arguments.of(with(SYNC, "sync.facility=Bệnh viện"), "sync.facility", "facility code"),
                Arguments.of(with(SYNC, "sync.intervalSeconds=5"), "sync.intervalSeconds", "out of range"),
                Arguments.of(with(SYNC, "sync.caFile=missing.pem"), "sync.caFile", "no readable file"),
                Arguments.of(with(MINIMAL, "voice.volume=101"), "voice.volume", "out of range 0–100"),
                Arguments.of(with(MINIMAL, "voice.volume=-5"), "voice.volume", "out of range 0–100"),
                Arguments.of(with(MINIMAL, "voice.volume=loud"), "voice.volume", "not a whole number"),
                Arguments.of(with(MINIMAL, "voice.enabled=maybe"), "voice.enabled", "must be true or false"),
                Arguments.of(with(MINIMAL, "voice.mute=true"), "voice.mute", "unknown key"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("invalidSettings")
    void namesTheKeyAndTheProblem(List<String> lines, String key, String problem) throws IOException {
        Path file = write(lines);
        assertThatThrownBy(() -> SettingsLoader.load(file))
                .isInstanceOfSatisfying(SettingsException.class, e -> assertThat(e.key()).contains(key))
                .hasMessageStartingWith(key + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void aServiceSaysWhereToGoAndALogoIsFoundBesideTheSettings() throws Exception {
        Path file = write(with(MINIMAL, "service.1.where.vi=Phòng 105, tầng 1", "service.1.icon=child",
                "hospital.logo=logo.png"));
        Files.write(file.resolveSibling("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        KioskSettings settings = SettingsLoader.load(file);

        Service service = settings.services().getFirst();
        assertThat(service.where(java.util.Locale.forLanguageTag("vi"))).isEqualTo("Phòng 105, tầng 1");
        assertThat(service.where(java.util.Locale.ENGLISH)).as("English falls back to the Vietnamese place")
                .isEqualTo("Phòng 105, tầng 1");
        assertThat(service.icon()).isEqualTo("child");
        assertThat(settings.hospitalLogo()).contains(file.resolveSibling("logo.png").toAbsolutePath().normalize());
    }

    @ParameterizedTest(name = "{0} is {1} đồng")
    @MethodSource("wholePrices")
    void readsPricesInWholeDongPlainOrWithVietnameseThousandsDots(String written, long dong) throws Exception {
        KioskSettings settings = SettingsLoader.load(write(with(MINIMAL, "service.1.price=" + written)));

        assertThat(settings.services().getFirst().priceDong()).isEqualTo(dong);
    }

    static Stream<Arguments> wholePrices() {
        return Stream.of(Arguments.of("150000", 150_000L), Arguments.of("150.000", 150_000L),
                Arguments.of("1.500.000", 1_500_000L), Arguments.of("90000", 90_000L),
                Arguments.of("999.999.999.999", 999_999_999_999L));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"150000.00", "1.5", "150,000", "150000,5", "1.50", "15.0000", "150.000,00"})
    void refusesAPriceWithDecimalsByNameWithAnExample(String written) throws IOException {
        Path file = write(with(MINIMAL, "service.1.price=" + written));

        assertThatThrownBy(() -> SettingsLoader.load(file))
                .isInstanceOfSatisfying(SettingsException.class, e -> assertThat(e.key()).contains("service.1.price"))
                .hasMessageContaining("'" + written + "'")
                .hasMessageContaining("decimals")
                .hasMessageContaining("e.g. 150000 or 150.000");
    }

    @Test
    void refusesAPriceAVietQrAmountCannotCarry() throws IOException {
        Path file = write(with(MINIMAL, "service.1.price=1.000.000.000.000"));

        assertThatThrownBy(() -> SettingsLoader.load(file)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("service.1.price").hasMessageContaining("more than a VietQR amount");
    }

    @Test
    void aKeyWrittenTwiceIsAnErrorNamingBothLines() throws IOException {
        List<String> lines = new ArrayList<>(MINIMAL);
        lines.add("# a comment between them");
        lines.add("service.1.price = \\");
        lines.add("    90000");
        lines.add("");
        lines.add("service.1.price=150000");
        Path file = write(lines);

        // After the comment on line 8: the first price on line 9 (continued on 10), the second on line 12.
        assertThatThrownBy(() -> SettingsLoader.load(file))
                .isInstanceOfSatisfying(SettingsException.class, e -> assertThat(e.key()).contains("service.1.price"))
                .hasMessage("service.1.price: written twice, on lines 9 and 12; keep one");
    }

    @Test
    void reportsAMissingFile() {
        assertThatThrownBy(() -> SettingsLoader.load(folder.resolve("absent.properties")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("not found")
                .hasMessageContaining("absent.properties");
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Path file = folder.resolve("latin1.properties");
        Files.write(file, String.join("\n", MINIMAL).getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SettingsLoader.load(file))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void demoHasThreeServicesAndTheGivenDevices() {
        KioskSettings demo = SettingsLoader.demo(folder, "stdin", "file:" + folder.resolve("tickets.bin"));
        assertThat(demo.services()).extracting(Service::prefix).containsExactly("A", "B", "C");
        assertThat(demo.services()).extracting(Service::nameVi)
                .containsExactly("Khám BHYT", "Khám dịch vụ", "Xét nghiệm");
        assertThat(demo.scannerPort()).contains("stdin");
        assertThat(demo.printerAddress()).isEqualTo("file:" + folder.resolve("tickets.bin"));
        assertThat(demo.dataDir()).isEqualTo(folder.toAbsolutePath());
        assertThat(demo.service("kbhyt").prefix()).isEqualTo("A");
        assertThat(demo.services()).as("insured visits are free; the others are paid by QR at the kiosk")
                .extracting(Service::priceDong).containsExactly(0L, 150_000L, 90_000L);
        assertThat(demo.payment()).isPresent();
    }

    private Path write(List<String> lines) throws IOException {
        Path file = folder.resolve("tiepdon.properties");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The lines with some keys replaced or added. */
    private static List<String> with(List<String> lines, String... overrides) {
        List<String> result = new ArrayList<>(lines);
        for (String override : overrides) {
            String key = override.substring(0, override.indexOf('=') + 1);
            result.removeIf(line -> line.startsWith(key));
            result.add(override);
        }
        return result;
    }

    private static List<String> without(List<String> lines, String key) {
        return lines.stream().filter(line -> !line.startsWith(key + "=")).toList();
    }
}
