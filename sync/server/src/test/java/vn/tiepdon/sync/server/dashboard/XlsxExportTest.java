package vn.tiepdon.sync.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.sync.server.TestBatches.batch;
import static vn.tiepdon.sync.server.TestBatches.day;
import static vn.tiepdon.sync.server.TestBatches.total;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.indicators.io.ReportWorkbook;
import vn.tiepdon.sync.server.TestServers;
import vn.tiepdon.sync.server.TestServers.Backend;
import vn.tiepdon.sync.server.people.Role;

/**
 * The dashboard's .xlsx as a Department of Health receives it, from figures made by hand:
 * <pre>
 * 79001 "Bệnh viện Đa khoa Ví Dụ" K01 01/12/2026: tickets KBHYT 4 (08h), XN 1 (09h); ran 8 hours; the printer was out
 *       1 hour that ended (10h) and 1 hour still going on at the running report (12h): 2 of 8, uptime 75 %
 * 79002 (no name set)             K03: never sent
 * </pre>
 */
class XlsxExportTest {

    private static final String VIEWER = "so-y-te";
    private static final long HOUR = 3_600_000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static TestServers.Running server(Backend backend, Path dir) {
        TestServers.Running server = TestServers.start(backend, dir);
        String k01 = server.enrol("79001", "K01");
        server.enrol("79002", "K03");
        server.addUser(VIEWER, Role.VIEWER, "mat-khau-dai-du");
        Names names = new Names(server.server().database());
        names.set(Names.Kind.FACILITY, "79001", "Bệnh viện Đa khoa Ví Dụ", "Vi Du General Hospital");
        names.set(Names.Kind.SERVICE, "KBHYT", "Khám BHYT", "Health-insurance consultation");
        assertThat(server.postBatch(k01, batch("K01", "79001", 20, day("2026-12-01",
                total(8, "TICKET_ISSUED", "KBHYT", 0, 4, 0, 0), total(9, "TICKET_ISSUED", "XN", 0, 1, 0, 0),
                total(15, "APP_RUNNING", "", 0, 48, 0, 8 * HOUR),
                total(10, "DEVICE_RESTORED", "printer", 0, 1, 0, HOUR),
                total(12, "DEVICE_RESTORED", "printer", 1, 1, 0, HOUR)))).statusCode()).isEqualTo(200);
        return server;
    }

    private static ReportWorkbook export(TestServers.Running server, String query) throws Exception {
        String session = new Sessions(server.server().database(), Clock.systemUTC()).open(VIEWER, Role.VIEWER);
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(server.uri().resolve(
                        "/dashboard/export.xlsx?from=2026-12-01&to=2026-12-02" + query))
                .header("Cookie", Dashboard.SESSION_COOKIE + "=" + session).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        return ReportWorkbook.read(answer.body());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFacilitysWorkbookNamesItItsServicesAndItsPeriodAndEndsWithTheSignatures(Backend backend) throws Exception {
        try (TestServers.Running server = server(backend, dir)) {
            String today = DateTimeFormatter.ofPattern("dd/MM/yyyy")
                    .format(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));

            ReportWorkbook report = export(server, "&facility=79001");

            String sheet = "Phiếu theo dịch vụ và giờ";
            assertThat(report.lines(sheet)).contains("BỆNH VIỆN ĐA KHOA VÍ DỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO SỬ DỤNG KI-ỐT TIẾP ĐÓN",
                    "Kỳ báo cáo: từ ngày 01/12/2026 đến ngày 02/12/2026",
                    "Đơn vị báo cáo: Bệnh viện Đa khoa Ví Dụ (mã cơ sở 79001)", "Ki-ốt: K01",
                    "NGƯỜI LẬP BIỂU | TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP | GIÁM ĐỐC",
                    "(Ký, ghi rõ họ tên) | (Ký, ghi rõ họ tên) | (Ký, ghi rõ họ tên, đóng dấu)");
            assertThat(report.lines(sheet)).as("made today, as the hospital's clock says")
                    .contains("Ngày lập báo cáo: " + today);
            assertThat(report.header(sheet, "Dịch vụ").subList(0, 2)).containsExactly("Dịch vụ", "Mã dịch vụ");
            assertThat(report.table(sheet, "Dịch vụ")).extracting(r -> r.getCellText(0) + " / " + r.getCellText(1))
                    .as("XN has no name on this server: its code stands").containsExactly(
                            "Khám BHYT / KBHYT", "XN / XN", "Tổng / ");
            assertThat(report.rowOf(sheet, "GIÁM ĐỐC")).isGreaterThan(report.rowOf(sheet, "Tổng"));

            List<Row> uptime = report.table("Thiết bị hoạt động", "Ngày");
            assertThat(report.header("Thiết bị hoạt động", "Ngày"))
                    .containsExactly("Ngày", "Máy in hoạt động", "Máy quét hoạt động");
            assertThat(uptime).hasSize(3);
            assertThat(uptime.get(0).getCellAsNumber(1).orElseThrow().doubleValue()).as("2 hours out of 8")
                    .isEqualTo(0.75);
            assertThat(uptime.get(0).getCellAsNumber(2).orElseThrow().doubleValue()).isEqualTo(1.0);
            assertThat(uptime.get(1).getCellText(1)).as("no kiosk ran on 02/12").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theWholeServersWorkbookNamesEveryFacilityItCoversAndReadsInEnglish(Backend backend) throws Exception {
        try (TestServers.Running server = server(backend, dir)) {
            ReportWorkbook vietnamese = export(server, "");
            ReportWorkbook english = export(server, "&lang=en");

            assertThat(vietnamese.lines("Lượt đăng ký")).contains(
                    "Đơn vị báo cáo: Bệnh viện Đa khoa Ví Dụ (mã cơ sở 79001); 79002", "Ki-ốt: K01, K03");
            assertThat(english.lines("Tickets by service and hour")).contains("SOCIALIST REPUBLIC OF VIET NAM",
                    "Reporting period: 01/12/2026 to 02/12/2026",
                    "Reporting unit: Vi Du General Hospital (facility code 79001); 79002",
                    "PREPARED BY | HEAD OF THE PLANNING DEPARTMENT | DIRECTOR");
            assertThat(english.table("Tickets by service and hour", "Service")).extracting(r -> r.getCellText(0))
                    .containsExactly("Health-insurance consultation", "XN", "Total");
        }
    }
}
