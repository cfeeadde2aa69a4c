package vn.tiepdon.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.identity.Samples.AN;
import static vn.tiepdon.identity.Samples.AN_ADDRESS;
import static vn.tiepdon.identity.Samples.AN_ID;
import static vn.tiepdon.identity.Samples.BINH;
import static vn.tiepdon.identity.Samples.KHANG;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CCCD / thẻ Căn cước / VNeID payload through the reader the CLI and kiosk construct. */
class CccdQrReaderTest {

    private final CccdQrReader reader = new CccdQrReader(Samples.CLOCK);

    static Stream<Arguments> referenceExamples() {
        return Stream.of(
                Arguments.of(AN, AN_ID),
                Arguments.of(BINH, new CitizenId("079305001234", "", "Trần Thị Bình", LocalDate.of(2005, 3, 2),
                        Sex.FEMALE, "Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh", LocalDate.of(2022, 5, 10))),
                Arguments.of(KHANG, new CitizenId("001204012345", "", "Phạm Minh Khang", LocalDate.of(2004, 6, 5),
                        Sex.MALE, "Số 5 Phố Huế, Phường Phạm Đình Hổ, Quận Hai Bà Trưng, Hà Nội",
                        LocalDate.of(2024, 8, 15))));
    }

    @ParameterizedTest
    @MethodSource("referenceExamples")
    void readsTheReferenceExamplesWithExactFields(String payload, CitizenId expected) {
        assertThat(read(payload)).isEqualTo(new ScanResult.Accepted(expected));
    }

    static Stream<Arguments> toleratedVariants() {
        return Stream.of(
                Arguments.of("CRLF terminator", AN + "\r\n"),
                Arguments.of("LF, TAB and NUL terminators", AN + "\n\t\0"),
                Arguments.of("byte-order mark", "\uFEFF" + AN),
                Arguments.of("LF left over from a CRLF terminator", "\n" + AN + "\r"),
                Arguments.of("spaces around fields", " 001090123456 | 123456789 |  Nguyễn Văn An |15081990 | Nam |"
                        + AN_ADDRESS + " | 20042021 "),
                Arguments.of("lower-case sex", AN.replace("|Nam|", "|nam|")),
                Arguments.of("upper-case sex", AN.replace("|Nam|", "|NAM|")),
                Arguments.of("extra trailing empty fields", AN + "||"),
                Arguments.of("AIM identifier for QR", "]Q1" + AN + "\r"),
                Arguments.of("AIM identifier after a BOM", "\uFEFF]Q1" + AN),
                Arguments.of("extra trailing field with spaces", AN + "| |"),
                Arguments.of("unknown extra trailing field, ignored", AN + "|X1"),
                Arguments.of("decomposed diacritics", Normalizer.normalize(AN, Normalizer.Form.NFD)),
                Arguments.of("doubled spaces in name and address", AN.replace("Văn An", "Văn   An")
                        .replace("Phố Láng", "Phố  Láng")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toleratedVariants")
    void toleratesWhatScannersAndNewerCardsAdd(String variant, String payload) {
        assertThat(read(payload)).isEqualTo(new ScanResult.Accepted(AN_ID));
    }

    @Test
    void readsFemaleSexInLowerCaseAndDecomposed() {
        String lower = Normalizer.normalize(BINH.replace("|Nữ|", "|nữ|"), Normalizer.Form.NFD);
        ScanResult result = read(lower);
        assertThat(result).isInstanceOf(ScanResult.Accepted.class);
        CitizenId id = (CitizenId) ((ScanResult.Accepted) result).document();
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.fullName()).isEqualTo("Trần Thị Bình");
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                Arguments.of("VietQR payment code", "00020101021238570010A00000072701270006970436011300110123456780208QRIBFTTA53037045802VN6304ABCD",
                        RejectionReason.BANK_PAYMENT_QR),
                Arguments.of("https address", "https://vneid.gov.vn/share?token=abc", RejectionReason.URL),
                Arguments.of("http address", "HTTP://example.vn", RejectionReason.URL),
                Arguments.of("www address", "www.benhvien.vn/dat-lich", RejectionReason.URL),
                Arguments.of("half a payload", AN.substring(0, AN.length() / 2), RejectionReason.TRUNCATED),
                Arguments.of("only the number and one separator", "001090123456|", RejectionReason.TRUNCATED),
                Arguments.of("bare ID number", "001090123456", RejectionReason.TRUNCATED),
                Arguments.of("cut inside the issue date", AN.substring(0, AN.length() - 3), RejectionReason.TRUNCATED),
                Arguments.of("cut right after the last separator", AN.substring(0, AN.length() - 8),
                        RejectionReason.TRUNCATED),
                Arguments.of("control character inside", AN.replace("Văn", "V\u0007n"), RejectionReason.GARBLED),
                Arguments.of("replacement character inside", AN.replace("Văn", "V\uFFFDn"), RejectionReason.GARBLED),
                Arguments.of("plain text", "Xin chào", RejectionReason.NOT_AN_ID),
                Arguments.of("empty scan", "", RejectionReason.NOT_AN_ID),
                Arguments.of("terminator only", "\r\n", RejectionReason.NOT_AN_ID),
                Arguments.of("11-digit first field", "00109012345|123456789|Nguyễn Văn An|15081990|Nam|x|20042021",
                        RejectionReason.NOT_AN_ID),
                Arguments.of("future date of birth", "001227012345||Bé Tương Lai|01012027|Nam|Hà Nội|01012027",
                        RejectionReason.BAD_DATE),
                Arguments.of("31 February", "001200012345||Lê Văn Hai|31022000|Nam|Hà Nội|20042021",
                        RejectionReason.BAD_DATE),
                Arguments.of("slashed date of birth", AN.replace("15081990", "15/08/1990"), RejectionReason.BAD_DATE),
                Arguments.of("issue date in the future", AN.replace("20042021", "20042026"), RejectionReason.BAD_DATE),
                Arguments.of("issue date before birth", AN.replace("20042021", "20041989"), RejectionReason.BAD_DATE),
                Arguments.of("issued before chip cards existed", AN.replace("20042021", "31122020"), RejectionReason.BAD_DATE),
                Arguments.of("sex contradicts the number", AN.replace("|Nam|", "|Nữ|"), RejectionReason.CHECK_FAILED),
                Arguments.of("century contradicts the number", AN.replace("001090123456", "001290123456"),
                        RejectionReason.CHECK_FAILED),
                Arguments.of("birth year contradicts the number", AN.replace("001090123456", "001091123456"),
                        RejectionReason.CHECK_FAILED),
                Arguments.of("unknown province 003", AN.replace("001090123456", "003090123456"),
                        RejectionReason.CHECK_FAILED),
                Arguments.of("old CMND number of 8 digits", AN.replace("123456789", "12345678"),
                        RejectionReason.CHECK_FAILED),
                Arguments.of("unknown sex", AN.replace("|Nam|", "|X|"), RejectionReason.CHECK_FAILED),
                Arguments.of("empty name", AN.replace("Nguyễn Văn An", " "), RejectionReason.CHECK_FAILED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectsWithTheReason(String description, String payload, RejectionReason expected) {
        assertThat(read(payload)).isEqualTo(new ScanResult.Rejected(expected));
    }

    @Test
    void rejectsInvalidUtf8AsGarbled() {
        byte[] valid = AN.getBytes(StandardCharsets.UTF_8);
        byte[] broken = valid.clone();
        int firstMultiByte = AN.indexOf('ễ');
        broken[new String(AN.substring(0, firstMultiByte)).getBytes(StandardCharsets.UTF_8).length + 1] = '(';
        assertThat(reader.read(broken)).isEqualTo(new ScanResult.Rejected(RejectionReason.GARBLED));
    }

    @Test
    void rejectsAPayloadCutInsideACharacterAsTruncated() {
        byte[] valid = AN.getBytes(StandardCharsets.UTF_8);
        int cutInsideE = AN.substring(0, AN.indexOf('ễ')).getBytes(StandardCharsets.UTF_8).length + 2;
        assertThat(reader.read(Arrays.copyOf(valid, cutInsideE)))
                .isEqualTo(new ScanResult.Rejected(RejectionReason.TRUNCATED));
    }

    @Test
    void rejectsOtherTextCutInsideACharacterAsGarbled() {
        byte[] cut = Arrays.copyOf("Xin chào".getBytes(StandardCharsets.UTF_8), 7);
        assertThat(reader.read(cut)).isEqualTo(new ScanResult.Rejected(RejectionReason.GARBLED));
    }

    @Test
    void rejectsRandomBytesAsGarbled() {
        byte[] noise = new byte[200];
        new Random(7).nextBytes(noise);
        assertThat(reader.read(noise)).isEqualTo(new ScanResult.Rejected(RejectionReason.GARBLED));
    }

    @Test
    void rejectsNullAsGarbled() {
        assertThat(reader.read(null)).isEqualTo(new ScanResult.Rejected(RejectionReason.GARBLED));
    }

    @Test
    void turnsAnUnexpectedFailureInsideIntoGarbled() {
        ScanTextDecoder broken = raw -> {
            throw new IllegalStateException("decoder bug");
        };
        assertThat(new CccdQrReader(Samples.CLOCK, broken).read(AN.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new ScanResult.Rejected(RejectionReason.GARBLED));
    }

    @Test
    void keepsANameWithAQuestionMarkButMarksItUnverified() {
        ScanResult result = read(AN.replace("Nguyễn", "Nguy?n"));

        assertThat(result).isEqualTo(new ScanResult.Accepted(new CitizenId(AN_ID.idNumber(), AN_ID.oldIdNumber(),
                "Nguy?n Văn An", AN_ID.dateOfBirth(), Sex.MALE, AN_ADDRESS, AN_ID.issueDate(), true)));
    }

    @Test
    void acceptsACardFromTheFirstDayOfChipCards() {
        assertThat(read(AN.replace("20042021", "01012021"))).isInstanceOf(ScanResult.Accepted.class);
    }

    @Test
    void acceptsACardIssuedToday() {
        assertThat(read(AN.replace("20042021", "15012026"))).isInstanceOf(ScanResult.Accepted.class);
    }

    private ScanResult read(String payload) {
        return reader.read(payload.getBytes(StandardCharsets.UTF_8));
    }
}
