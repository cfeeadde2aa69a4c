package vn.tiepdon.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.identity.Samples.AN;
import static vn.tiepdon.identity.Samples.AN_ID;
import static vn.tiepdon.identity.Samples.BHYT_NEW;
import static vn.tiepdon.identity.Samples.BHYT_NEW_CARD;
import static vn.tiepdon.identity.Samples.BINH;
import static vn.tiepdon.identity.Samples.BINH_ID;
import static vn.tiepdon.identity.Samples.utf8;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What kind of code a scan is, before any field is parsed: the reference's classification order. */
class ClassificationTest {

    private static final String MRZ = "IDVNM0900123456001090123456<<8\n9008157M3012319VNM<<<<<<<<<<<6\nNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<";

    private final IdentityQrReader reader = new IdentityQrReader(Samples.CLOCK);

    static Stream<Arguments> rejections() {
        return Stream.of(
                Arguments.of("MRZ on the back of the card", MRZ, RejectionReason.MRZ),
                Arguments.of("MRZ with CRLF", MRZ.replace("\n", "\r\n") + "\r\n", RejectionReason.MRZ),
                Arguments.of("JWT-like VNeID share token",
                        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0b2tlbiJ9.c2lnbmF0dXJlMTIzNDU2Nzg5", RejectionReason.UNSUPPORTED_TOKEN),
                Arguments.of("base64 token", "QVNES0pGSEFTREtKRkhBU0RLSkZIQVNES0pG1234567890abc", RejectionReason.UNSUPPORTED_TOKEN),
                Arguments.of("a long word of letters only", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnop", RejectionReason.NOT_AN_ID),
                Arguments.of("a product barcode", "8935049500117", RejectionReason.NOT_AN_ID),
                Arguments.of("a bare 10-digit number (a phone number)", "0912345678", RejectionReason.NOT_AN_ID),
                Arguments.of("bank code before a URL check", "000201https://x", RejectionReason.BANK_PAYMENT_QR),
                Arguments.of("URL with a pipe and a $", "https://example.vn/a|$", RejectionReason.URL),
                Arguments.of("two lines, neither a document", "Xin chào\nhttps://x.vn", RejectionReason.NOT_AN_ID),
                Arguments.of("a 12-digit first field with only six fields, cut in the address",
                        "001090123456||Nguyễn Văn An|15081990|Nam|Hà Nộ", RejectionReason.TRUNCATED),
                Arguments.of("six-field sample format without the CMND slot",
                        "001090123456|Nguyễn Văn An|15081990|Nam|Hà Nội|20042021", RejectionReason.NOT_AN_ID),
                Arguments.of("six-field sample format with slashed dates",
                        "001090123456|Nguyễn Văn An|15/08/1990|Nam|Hà Nội|20/04/2021", RejectionReason.NOT_AN_ID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectsWithTheReason(String description, String payload, RejectionReason expected) {
        assertThat(reader.read(utf8(payload))).isEqualTo(new ScanResult.Rejected(expected));
    }

    @Test
    void readsTheFirstDocumentOfSeveralLines() {
        assertThat(reader.read(utf8("https://x.vn\r\n" + BINH + "\r\n" + AN + "\r\n")))
                .isEqualTo(new ScanResult.Accepted(BINH_ID));
        assertThat(reader.read(utf8(AN + "\n" + BINH))).isEqualTo(new ScanResult.Accepted(AN_ID));
        assertThat(reader.read(utf8("\n\n" + BHYT_NEW + "\n\n"))).isEqualTo(new ScanResult.Accepted(BHYT_NEW_CARD));
    }

    @Test
    void reportsTheFirstLineWhenNoLineIsADocument() {
        assertThat(reader.read(utf8("000201abc\nhttps://x.vn"))).isEqualTo(new ScanResult.Rejected(RejectionReason.BANK_PAYMENT_QR));
    }

    @Test
    void readsEveryKindThroughTheOldEntryPointToo() {
        assertThat(new CccdQrReader(Samples.CLOCK).read(utf8(BHYT_NEW))).isEqualTo(new ScanResult.Accepted(BHYT_NEW_CARD));
        assertThat(new CccdQrReader(Samples.CLOCK).read(utf8(AN), ScanChannel.KEYBOARD))
                .isEqualTo(new ScanResult.Accepted(AN_ID));
    }

    @Test
    void readsTheEncodingSettingByNameOrAlias() {
        assertThat(ScanEncoding.fromSetting("auto")).contains(ScanEncoding.AUTO);
        assertThat(ScanEncoding.fromSetting(" UTF-8 ")).contains(ScanEncoding.UTF8);
        assertThat(ScanEncoding.fromSetting("utf8")).contains(ScanEncoding.UTF8);
        assertThat(ScanEncoding.fromSetting("windows-1258")).contains(ScanEncoding.WINDOWS_1258);
        assertThat(ScanEncoding.fromSetting("CP1258")).contains(ScanEncoding.WINDOWS_1258);
        assertThat(ScanEncoding.fromSetting("latin1")).isEmpty();
        assertThat(ScanEncoding.fromSetting(null)).isEmpty();
    }

    @Test
    void aReaderWithoutChannelsTreatsEveryChannelAlike() {
        IdentityReader plain = raw -> new ScanResult.Rejected(RejectionReason.URL);
        assertThat(plain.read(utf8(AN), ScanChannel.KEYBOARD)).isEqualTo(new ScanResult.Rejected(RejectionReason.URL));
    }
}
