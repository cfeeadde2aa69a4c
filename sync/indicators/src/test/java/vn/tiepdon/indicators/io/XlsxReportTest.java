package vn.tiepdon.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.EventTotal;
import vn.tiepdon.indicators.IndicatorSheets;
import vn.tiepdon.indicators.ReportLabels;

/**
 * The workbook as a hospital sends it to its Department of Health, read back cell by cell, from totals made by hand:
 * <pre>
 * 01/12/2026: registrations CCCD 3 (08h); tickets KBHYT 2 (08h), KBHYT-UT 1 (09h);
 *             the kiosk ran 8 hours, the printer was out 2 of them (uptime 75 %), the scanner never
 * 02/12/2026: nothing (the kiosk was off: no uptime to show)
 * </pre>
 */
class XlsxReportTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
    private static final LocalDate SECOND = LocalDate.of(2026, 12, 2);
    private static final long HOUR = 3_600_000;
    private static final List<EventTotal> TOTALS = List.of(
            new EventTotal(FIRST, 8, EventKind.REGISTRATION, "CCCD_VNEID", 0, 3, 0, 0),
            new EventTotal(FIRST, 8, EventKind.TICKET_ISSUED, "KBHYT", 0, 2, 0, 0),
            new EventTotal(FIRST, 9, EventKind.TICKET_ISSUED, "KBHYT-UT", 0, 1, 0, 0),
            new EventTotal(FIRST, 15, EventKind.APP_RUNNING, "", 0, 48, 0, 8 * HOUR),
            new EventTotal(FIRST, 11, EventKind.DEVICE_RESTORED, "printer", 0, 1, 0, 2 * HOUR));
    private static final ReportHeading HEADING = new ReportHeading(
            List.of(new ReportHeading.Unit("Bệnh viện Đa khoa Ví Dụ", "79001")), List.of("K01"), FIRST, SECOND,
            LocalDate.of(2026, 12, 3), Map.of("KBHYT", "Khám BHYT", "KBHYT-UT", "Khám BHYT (ưu tiên)"));

    private static final List<String> SHEETS = List.of("Lượt đăng ký", "Đăng ký theo giấy tờ",
            "Tỷ lệ dùng CCCD-VNeID", "Phiếu theo dịch vụ và giờ", "Thời gian quét đến phiếu",
            "Thanh toán không tiền mặt", "Quét bị từ chối", "Thiết bị hoạt động");

    private static ReportWorkbook written(ReportHeading heading, Locale language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.write(IndicatorSheets.of(TOTALS, List.of(), FIRST, SECOND), heading, new ReportLabels(language),
                out);
        return ReportWorkbook.read(out.toByteArray());
    }

    @Test
    void everySheetSaysWhoReportsWhichPeriodAndWhenAndEndsWithTheSignatures() throws Exception {
        ReportWorkbook report = written(HEADING, Locale.ROOT);

        assertThat(report.sheetNames()).containsExactlyElementsOf(SHEETS);
        for (String sheet : SHEETS) {
            List<String> lines = report.lines(sheet);
            assertThat(lines.getFirst()).as(sheet)
                    .isEqualTo("BỆNH VIỆN ĐA KHOA VÍ DỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(lines).as(sheet).contains("Độc lập - Tự do - Hạnh phúc", "BÁO CÁO SỬ DỤNG KI-ỐT TIẾP ĐÓN", sheet,
                    "Kỳ báo cáo: từ ngày 01/12/2026 đến ngày 02/12/2026",
                    "Đơn vị báo cáo: Bệnh viện Đa khoa Ví Dụ (mã cơ sở 79001)", "Ki-ốt: K01",
                    "Ngày lập báo cáo: 03/12/2026", "……………, ngày 03 tháng 12 năm 2026",
                    "NGƯỜI LẬP BIỂU | TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP | GIÁM ĐỐC",
                    "(Ký, ghi rõ họ tên) | (Ký, ghi rõ họ tên) | (Ký, ghi rõ họ tên, đóng dấu)");
            assertThat(report.rowOf(sheet, "GIÁM ĐỐC")).as("the signatures are under the table, " + sheet)
                    .isGreaterThan(report.rowOf(sheet, "Tổng"));
            assertThat(report.rowOf(sheet, "Kỳ báo cáo: từ ngày 01/12/2026 đến ngày 02/12/2026"))
                    .as("the period is above the table, " + sheet).isLessThan(report.rowOf(sheet, "Tổng"));
        }
    }

    @Test
    void servicesAreNamedWithTheirCodesInAColumnOfTheirOwnUnderVietnameseTitles() throws Exception {
        ReportWorkbook report = written(HEADING, Locale.ROOT);

        String sheet = "Phiếu theo dịch vụ và giờ";
        List<String> header = report.header(sheet, "Dịch vụ");
        assertThat(header.subList(0, 3)).containsExactly("Dịch vụ", "Mã dịch vụ", "Giờ 00");
        assertThat(header.getLast()).isEqualTo("Số phiếu");
        List<Row> rows = report.table(sheet, "Dịch vụ");
        assertThat(rows).extracting(r -> r.getCellText(0), r -> r.getCellText(1)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Khám BHYT", "KBHYT"),
                org.assertj.core.groups.Tuple.tuple("Khám BHYT (ưu tiên)", "KBHYT-UT"),
                org.assertj.core.groups.Tuple.tuple("Tổng", ""));
        // Hours are columns 2 (00h) to 25 (23h), then the service's tickets.
        assertThat(rows.get(0).getCellAsNumber(2 + 8).orElseThrow().intValue()).isEqualTo(2);
        assertThat(rows.get(1).getCellAsNumber(2 + 9).orElseThrow().intValue()).isEqualTo(1);
        assertThat(rows.get(2).getCellAsNumber(26).orElseThrow().intValue()).isEqualTo(3);

        assertThat(report.header("Lượt đăng ký", "Ngày")).containsExactly("Ngày", "Lượt đăng ký", "Ưu tiên");
        List<Row> days = report.table("Lượt đăng ký", "Ngày");
        assertThat(days).hasSize(3);
        assertThat(days.get(0).getCellAsDate(0).orElseThrow().toLocalDate()).as("a day is a date").isEqualTo(FIRST);
        assertThat(days.get(1).getCellAsDate(0).orElseThrow().toLocalDate()).isEqualTo(SECOND);
        assertThat(days.get(0).getCell(0).getDataFormatString()).as("written as Vietnamese write it")
                .isEqualTo("dd/mm/yyyy");
        assertThat(days.get(2).getCellText(0)).isEqualTo("Tổng");
        assertThat(days.getFirst().getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(3);
    }

    @Test
    void deviceUptimeIsOneLessTheOutageOverTheRunningTimeAndEmptyForADayTheKioskWasOff() throws Exception {
        ReportWorkbook report = written(HEADING, Locale.ROOT);

        String sheet = "Thiết bị hoạt động";
        assertThat(report.header(sheet, "Ngày")).containsExactly("Ngày", "Máy in hoạt động", "Máy quét hoạt động");
        List<Row> rows = report.table(sheet, "Ngày");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getCellAsNumber(1).orElseThrow().doubleValue()).isEqualTo(0.75);
        assertThat(rows.get(0).getCellAsNumber(2).orElseThrow().doubleValue()).isEqualTo(1.0);
        assertThat(rows.get(0).getCell(1).getDataFormatString()).as("shown as a percentage").isEqualTo("0.0%");
        assertThat(rows.get(1).getCellText(1)).as("the kiosk did not run: nothing to say").isEmpty();
        assertThat(rows.get(2).getCellAsNumber(1).orElseThrow().doubleValue()).isEqualTo(0.75);
    }

    @Test
    void inEnglishAndWithoutAKnownHospitalTheUnitIsLeftToBeWrittenByHand() throws Exception {
        ReportHeading unknown = new ReportHeading(List.of(), List.of("K01", "K02"), FIRST, SECOND,
                LocalDate.of(2026, 12, 3), Map.of());

        ReportWorkbook report = written(unknown, Locale.ENGLISH);

        String sheet = "Tickets by service and hour";
        assertThat(report.lines(sheet)).contains("SOCIALIST REPUBLIC OF VIET NAM",
                "Reporting period: 01/12/2026 to 02/12/2026", "Reporting unit: ……………………………………",
                "Kiosks: K01, K02", "PREPARED BY | HEAD OF THE PLANNING DEPARTMENT | DIRECTOR");
        assertThat(report.header(sheet, "Service").subList(0, 2)).containsExactly("Service", "Service code");
        assertThat(report.table(sheet, "Service")).extracting(r -> r.getCellText(0))
                .as("a service without a name is shown by its code").containsExactly("KBHYT", "KBHYT-UT", "Total");
    }

    @Test
    void aServerReportOverManyFacilitiesCountsThemRatherThanListingThem() throws Exception {
        List<ReportHeading.Unit> six = List.of(new ReportHeading.Unit("A", "1"), new ReportHeading.Unit("B", "2"),
                new ReportHeading.Unit("C", "3"), new ReportHeading.Unit("D", "4"), new ReportHeading.Unit("E", "5"),
                new ReportHeading.Unit("F", ""));
        ReportHeading two = new ReportHeading(six.subList(4, 6), List.of("K01"), FIRST, SECOND, SECOND, Map.of());
        ReportHeading all = new ReportHeading(six, List.of("K01"), FIRST, SECOND, SECOND, Map.of());

        assertThat(written(two, Locale.ROOT).lines("Lượt đăng ký")).contains("Đơn vị báo cáo: E (mã cơ sở 5); F")
                .noneMatch(line -> line.startsWith("E "));
        assertThat(written(all, Locale.ROOT).lines("Lượt đăng ký")).contains("Đơn vị báo cáo: 6 cơ sở");
    }
}
