package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.indicators.io.ReportWorkbook;
import vn.tiepdon.indicators.sim.SimulatedKiosk;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventLog;

/**
 * {@code tiepdon stats} as IT runs it beside a running kiosk: the figures it prints in CSV and JSON are checked
 * against the generated events themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsCommandTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final LocalDate FROM = LocalDate.of(2026, 11, 9);
    private static final LocalDate TO = LocalDate.of(2026, 11, 15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    /** Held open for writing all along, as the kiosk holds it. */
    private KioskDatabase running;
    private SqliteEventLog log;
    private List<KioskEvent> events;

    @BeforeAll
    void aKioskIsRunning() {
        running = KioskDatabase.open(dataDir);
        log = new SqliteEventLog(running, ZONE);
        events = new SimulatedKiosk("K01", ZONE, 400, 7L).days(FROM, TO);
        log.recordAll(events);
    }

    @AfterAll
    void stopTheKiosk() {
        running.close();
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void csvHasOneRowPerDayThenTheTotalWithTheFiguresOfTheEvents() {
        CliRun run = run("stats", "--db", dataDir.toString(), "--from", FROM.toString(), "--to", TO.toString(),
                "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        List<String> header = Arrays.asList(lines.getFirst().split(",", -1));
        assertThat(lines).hasSize(1 + 7 + 1);
        for (int i = 0; i < 7; i++) {
            LocalDate day = FROM.plusDays(i);
            String[] row = lines.get(1 + i).split(",", -1);
            assertThat(row[header.indexOf("day")]).isEqualTo(day.toString());
            long registrations = count(day, EventKind.REGISTRATION, null);
            assertThat(Long.parseLong(row[header.indexOf("registrations")])).isEqualTo(registrations);
            assertThat(Double.parseDouble(row[header.indexOf("cccd_vneid_share")])).isCloseTo(
                    (double) count(day, EventKind.REGISTRATION, "CCCD_VNEID") / registrations, within(1e-9));
            assertThat(Long.parseLong(row[header.indexOf("tickets")]))
                    .isEqualTo(count(day, EventKind.TICKET_ISSUED, null));
            assertThat(Long.parseLong(row[header.indexOf("paid_dong")])).isEqualTo(events.stream()
                    .filter(e -> day(e).equals(day) && e.kind() == EventKind.PAYMENT_PAID)
                    .mapToLong(KioskEvent::amountDong).sum());
        }
        String[] total = lines.getLast().split(",", -1);
        assertThat(total[0]).isEqualTo("total");
        assertThat(Long.parseLong(total[header.indexOf("registrations")]))
                .isEqualTo(events.stream().filter(e -> e.kind() == EventKind.REGISTRATION).count());
    }

    @Test
    void jsonByServiceCountsTicketsAndWorksWhileTheKioskWrites() throws Exception {
        KioskEvent late = KioskEvent.of("K01", TO.atTime(16, 30).atZone(ZONE).toInstant(), EventKind.TICKET_ISSUED,
                "KDV");
        log.record(late);
        events = new java.util.ArrayList<>(events);
        events.add(late);

        CliRun run = run("stats", "--db", dataDir.resolve(KioskDatabase.FILE_NAME).toString(), "--from",
                FROM.toString(), "--to", TO.toString(), "--by", "service", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("by").asText()).isEqualTo("service");
        assertThat(root.get("from").asText()).isEqualTo(FROM.toString());
        for (JsonNode row : root.get("rows")) {
            String service = row.get("service").asText();
            assertThat(row.get("tickets").asLong()).as(service).isEqualTo(
                    events.stream().filter(e -> e.kind() == EventKind.TICKET_ISSUED && e.subject().equals(service))
                            .count());
        }
        assertThat(root.get("rows")).extracting(r -> r.get("service").asText()).containsExactly("KBHYT", "KDV", "XN");
    }

    @Test
    void jsonByHourHasEveryHourAndNullForWhatCannotBeComputed() throws Exception {
        CliRun byHour = run("stats", "--db", dataDir.toString(), "--from", FROM.toString(), "--to", TO.toString(),
                "--by", "hour", "--format", "json");
        JsonNode hours = JSON.readTree(byHour.out()).get("rows");
        assertThat(hours).hasSize(24);
        assertThat(hours.get(7).get("hour").asText()).isEqualTo("07:00");
        assertThat(hours.get(7).get("tickets").asLong()).isEqualTo(events.stream()
                .filter(e -> e.kind() == EventKind.TICKET_ISSUED && LocalDateTime.ofInstant(e.at(), ZONE).getHour() == 7)
                .count());

        CliRun emptyDay = run("stats", "--db", dataDir.toString(), "--from", "2026-01-01", "--format", "json");
        JsonNode row = JSON.readTree(emptyDay.out()).get("rows").get(0);
        assertThat(row.get("registrations").asLong()).isZero();
        assertThat(row.get("cccd_vneid_share").isNull()).as("no registrations: no share, not 0 %").isTrue();
    }

    @Test
    void theTableIsForPeopleInVietnameseAndFitsATerminal() {
        CliRun run = run("stats", "--db", dataDir.toString(), "--from", FROM.toString(), "--to", TO.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        // An indicator a line, a day a column: the first block starts with the first day.
        assertThat(lines.getFirst()).startsWith("Ngày").contains(FROM.toString());
        String registrations = lines.stream().filter(l -> l.startsWith("Lượt đăng ký")).findFirst().orElseThrow();
        long onTheFirstDay = events.stream().filter(e -> e.kind() == EventKind.REGISTRATION
                && LocalDate.ofInstant(e.at(), ZONE).equals(FROM)).count();
        assertThat(registrations.substring("Lượt đăng ký".length()).strip().split(" +")[0])
                .isEqualTo(String.valueOf(onTheFirstDay));
        assertThat(run.out()).containsPattern("\\d+\\.\\d%").contains("Tổng");

        CliRun english = run("stats", "--db", dataDir.toString(), "--from", FROM.toString(), "--lang", "en");
        assertThat(english.out()).contains("Registrations").doesNotContain("Lượt đăng ký");
        assertThat(run("stats", "--db", dataDir.toString(), "--lang", "fr").exitCode()).isEqualTo(ExitCodes.REJECTED);
    }

    @Test
    void servicesAreNamedWhenTheSettingsNameThem(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path settings = vn.tiepdon.testing.KioskSettingsFile.write(folder.resolve("tiepdon.properties"), dataDir,
                folder.resolve("backup"), 9100);

        CliRun run = run("stats", "--config", settings.toString(), "--from", FROM.toString(), "--to", TO.toString(),
                "--by", "service");

        assertThat(run.out().lines().toList().getFirst()).startsWith("Dịch vụ").contains("Số phiếu");
        assertThat(run.out()).contains("Khám BHYT").contains("Khám dịch vụ");
        assertThat(run.out().lines()).noneMatch(line -> line.startsWith("KBHYT ") || line.startsWith("KDV "));
    }

    @Test
    void byKioskIsTheKiosksRowAndTheTotalWithTheFiguresOfTheEvents() {
        CliRun run = run("stats", "--db", dataDir.toString(), "--from", FROM.toString(), "--to", TO.toString(),
                "--by", "kiosk", "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        List<String> header = Arrays.asList(lines.getFirst().split(",", -1));
        assertThat(header.getFirst()).isEqualTo("kiosk");
        assertThat(lines).hasSize(3);
        long registrations = events.stream().filter(e -> e.kind() == EventKind.REGISTRATION).count();
        long tickets = events.stream().filter(e -> e.kind() == EventKind.TICKET_ISSUED).count();
        for (String line : lines.subList(1, 3)) {
            String[] row = line.split(",", -1);
            assertThat(Long.parseLong(row[header.indexOf("registrations")])).isEqualTo(registrations);
            assertThat(Long.parseLong(row[header.indexOf("tickets")])).isEqualTo(tickets);
        }
        assertThat(lines.get(1)).as("the kiosk its events name").startsWith("K01,");
        assertThat(lines.get(2)).startsWith("total,");
    }

    @Test
    void byFacilityTakesTheKioskAndItsFacilityFromTheSettings(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Path settings = vn.tiepdon.testing.KioskSettingsFile.write(folder.resolve("tiepdon.properties"), dataDir,
                folder.resolve("backup"), 9100);
        Files.writeString(settings, "sync.url=https://chiso.example.vn\nsync.token=k01-token-0123456789abcdef\n"
                + "sync.facility=79001\n", java.nio.file.StandardOpenOption.APPEND);

        CliRun byFacility = run("stats", "--config", settings.toString(), "--from", FROM.toString(), "--to",
                TO.toString(), "--by", "facility", "--format", "table");
        CliRun byKiosk = run("stats", "--config", settings.toString(), "--from", FROM.toString(), "--to",
                TO.toString(), "--by", "kiosk", "--format", "csv");

        assertThat(byFacility.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(byFacility.out().lines().toList().getFirst()).startsWith("Cơ sở").contains("79001")
                .endsWith("Tổng");
        assertThat(byKiosk.out().lines().toList().get(1)).startsWith("K01,");
    }

    @Test
    void badInputIsRejectedInOneLineWithExitTwo() {
        for (String[] args : List.of(
                new String[] {"stats", "--db", dataDir.toString(), "--from", "25/11/2026"},
                new String[] {"stats", "--db", dataDir.toString(), "--from", "2026-11-10", "--to", "2026-11-09"},
                new String[] {"stats", "--db", dataDir.toString(), "--by", "year"},
                new String[] {"stats", "--db", dataDir.toString(), "--format", "xml"})) {
            CliRun run = run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.REJECTED);
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err()).contains(" / ");
        }
    }

    @Test
    void aMissingDatabaseIsOneLineAndExitOne() throws Exception {
        Path nowhere = Files.createTempDirectory("no-kiosk").resolve("tiepdon.db");

        CliRun run = run("stats", "--db", nowhere.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(nowhere.toString());
        assertThat(Files.exists(nowhere)).as("reading never creates a database").isFalse();
    }

    @Test
    void theXlsxReportHasASheetPerIndicatorWithTheFiguresOfTheEvents() throws Exception {
        Path report = Files.createTempDirectory("report").resolve("bao-cao-thang-11.xlsx");

        CliRun run = run("stats", "export", "--db", dataDir.toString(), "--from", FROM.toString(), "--to", TO.toString(),
                "--out", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(report.toString());
        assertThat(report.resolveSibling(report.getFileName() + ".part")).doesNotExist();
        ReportWorkbook workbook = ReportWorkbook.read(Files.readAllBytes(report));
        assertThat(workbook.sheetNames()).containsExactly("Lượt đăng ký", "Đăng ký theo giấy tờ",
                "Tỷ lệ dùng CCCD-VNeID", "Phiếu theo dịch vụ và giờ", "Thời gian quét đến phiếu",
                "Thanh toán không tiền mặt", "Quét bị từ chối", "Thiết bị hoạt động");

        List<Row> registrations = workbook.table("Lượt đăng ký", "Ngày");
        assertThat(registrations).hasSize(7 + 1);
        for (int i = 0; i < 7; i++) {
            LocalDate day = FROM.plusDays(i);
            assertThat(registrations.get(i).getCellAsDate(0).orElseThrow().toLocalDate()).isEqualTo(day);
            assertThat(registrations.get(i).getCellAsNumber(1).orElseThrow().longValue())
                    .isEqualTo(count(day, EventKind.REGISTRATION, null));
        }
        assertThat(registrations.getLast().getCellText(0)).isEqualTo("Tổng");

        Row total = workbook.table("Thanh toán không tiền mặt", "Ngày").getLast();
        long paid = events.stream().filter(e -> e.kind() == EventKind.PAYMENT_PAID).count();
        long cash = events.stream().filter(e -> e.kind() == EventKind.PAYMENT_PAID && e.subject().equals("CASH"))
                .count();
        assertThat(total.getCellAsNumber(1).orElseThrow().longValue()).isEqualTo(paid);
        assertThat(total.getCellAsNumber(3).orElseThrow().doubleValue())
                .isCloseTo((double) (paid - cash) / paid, within(1e-9));

        // Without settings no service has a name: the code stands in its place, and in its own column.
        List<Row> tickets = workbook.table("Phiếu theo dịch vụ và giờ", "Dịch vụ");
        Row kdv = tickets.stream().filter(r -> r.getCellText(0).equals("KDV")).findFirst().orElseThrow();
        assertThat(kdv.getCellText(1)).isEqualTo("KDV");
        assertThat(kdv.getCellAsNumber(2 + 24).orElseThrow().longValue())
                .isEqualTo(events.stream().filter(e -> e.kind() == EventKind.TICKET_ISSUED
                        && e.subject().equals("KDV")).count());
        assertThat(kdv.getCellAsNumber(2 + 8).orElseThrow().longValue())
                .isEqualTo(events.stream().filter(e -> e.kind() == EventKind.TICKET_ISSUED
                        && e.subject().equals("KDV") && LocalDateTime.ofInstant(e.at(), ZONE).getHour() == 8)
                        .count());
        // Nor is the hospital known: its line is left to be written by hand.
        assertThat(workbook.lines("Lượt đăng ký")).contains("Đơn vị báo cáo: ……………………………………", "Ki-ốt: K01");
    }

    @Test
    void withTheSettingsTheXlsxReportIsTheHospitalsWithItsServicesNamedAndASignatureBlock(@TempDir Path folder)
            throws Exception {
        Path settings = vn.tiepdon.testing.KioskSettingsFile.write(folder.resolve("tiepdon.properties"), dataDir,
                folder.resolve("backup"), 9100);
        Path report = folder.resolve("bao-cao.xlsx");
        String today = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(ZONE));

        CliRun run = run("stats", "export", "--config", settings.toString(), "--from", FROM.toString(), "--to",
                TO.toString(), "--out", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        ReportWorkbook workbook = ReportWorkbook.read(Files.readAllBytes(report));
        String sheet = "Phiếu theo dịch vụ và giờ";
        assertThat(workbook.lines(sheet)).contains("BỆNH VIỆN THỬ NGHIỆM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO SỬ DỤNG KI-ỐT TIẾP ĐÓN",
                "Kỳ báo cáo: từ ngày 09/11/2026 đến ngày 15/11/2026", "Đơn vị báo cáo: Bệnh viện Thử nghiệm",
                "Ki-ốt: K01", "Ngày lập báo cáo: " + today,
                "NGƯỜI LẬP BIỂU | TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP | GIÁM ĐỐC",
                "(Ký, ghi rõ họ tên) | (Ký, ghi rõ họ tên) | (Ký, ghi rõ họ tên, đóng dấu)");
        assertThat(workbook.lines(sheet)).anyMatch(line -> line.startsWith("……………, ngày ")
                && line.endsWith(today.substring(6)));
        assertThat(workbook.header(sheet, "Dịch vụ").subList(0, 3)).containsExactly("Dịch vụ", "Mã dịch vụ", "Giờ 00");
        assertThat(workbook.table(sheet, "Dịch vụ")).extracting(r -> r.getCellText(0) + " / " + r.getCellText(1))
                .as("XN is not in these settings: it keeps its code")
                .containsExactly("Khám BHYT / KBHYT", "Khám dịch vụ / KDV", "XN / XN", "Tổng / ");
        assertThat(workbook.header("Thiết bị hoạt động", "Ngày"))
                .containsExactly("Ngày", "Máy in hoạt động", "Máy quét hoạt động");

        CliRun english = run("stats", "export", "--config", settings.toString(), "--from", FROM.toString(),
                "--lang", "en", "--out", report.toString());
        assertThat(english.exitCode()).isEqualTo(ExitCodes.OK);
        ReportWorkbook inEnglish = ReportWorkbook.read(Files.readAllBytes(report));
        assertThat(inEnglish.lines("Tickets by service and hour")).contains(
                "Reporting period: 09/11/2026 to 09/11/2026", "Reporting unit: Bệnh viện Thử nghiệm",
                "PREPARED BY | HEAD OF THE PLANNING DEPARTMENT | DIRECTOR");
        assertThat(inEnglish.header("Tickets by service and hour", "Service").subList(0, 2))
                .containsExactly("Service", "Service code");
    }

    @Test
    void aPriorityNumbersServiceIsNamedToo(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        try (KioskDatabase database = KioskDatabase.open(data)) {
            new SqliteEventLog(database, ZONE).record(KioskEvent.of("K01", FROM.atTime(9, 0).atZone(ZONE).toInstant(),
                    EventKind.TICKET_ISSUED, "KBHYT-UT"));
        }
        Path settings = vn.tiepdon.testing.KioskSettingsFile.write(folder.resolve("tiepdon.properties"), data,
                folder.resolve("backup"), 9100);
        Path report = folder.resolve("bao-cao.xlsx");

        CliRun table = run("stats", "--config", settings.toString(), "--from", FROM.toString(), "--by", "service");
        CliRun export = run("stats", "export", "--config", settings.toString(), "--from", FROM.toString(), "--out",
                report.toString());

        assertThat(table.out()).contains("Khám BHYT (ưu tiên)").doesNotContain("KBHYT-UT");
        assertThat(export.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(ReportWorkbook.read(Files.readAllBytes(report)).table("Phiếu theo dịch vụ và giờ", "Dịch vụ"))
                .extracting(r -> r.getCellText(0)).containsExactly("Khám BHYT (ưu tiên)", "Tổng");
    }

    @Test
    void theCsvReportIsTheDayTable() throws Exception {
        Path report = Files.createTempDirectory("report").resolve("report.csv");

        CliRun export = run("stats", "export", "--db", dataDir.toString(), "--from", FROM.toString(), "--to",
                TO.toString(), "--out", report.toString());
        CliRun printed = run("stats", "--db", dataDir.toString(), "--from", FROM.toString(), "--to", TO.toString(),
                "--format", "csv");

        assertThat(export.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(report)).isEqualTo(printed.out());
    }

    @Test
    void anExportToAnUnknownFileTypeOrAnUnwritableFolderIsOneLine() throws Exception {
        CliRun pdf = run("stats", "export", "--db", dataDir.toString(), "--out", "report.pdf");
        assertThat(pdf.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(pdf.err().strip().lines()).hasSize(1);

        Path missingFolder = Files.createTempDirectory("report").resolve("no/such/folder/report.xlsx");
        CliRun unwritable = run("stats", "export", "--db", dataDir.toString(), "--out", missingFolder.toString());
        assertThat(unwritable.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unwritable.err().strip().lines()).hasSize(1);
        assertThat(unwritable.err()).contains("report.xlsx");
    }

    private long count(LocalDate day, EventKind kind, String subject) {
        return events.stream().filter(e -> day(e).equals(day) && e.kind() == kind
                && (subject == null || e.subject().equals(subject))).count();
    }

    private static LocalDate day(KioskEvent e) {
        return LocalDateTime.ofInstant(e.at(), ZONE).toLocalDate();
    }
}
