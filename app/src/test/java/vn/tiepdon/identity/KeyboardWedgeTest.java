package vn.tiepdon.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.identity.Samples.AN;
import static vn.tiepdon.identity.Samples.AN_ID;
import static vn.tiepdon.identity.Samples.BHYT_OLD;
import static vn.tiepdon.identity.Samples.BHYT_OLD_CARD;
import static vn.tiepdon.identity.Samples.BINH;
import static vn.tiepdon.identity.Samples.BINH_ID;
import static vn.tiepdon.identity.Samples.utf8;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scans typed by a keyboard-wedge scanner: numbers and dates intact, Vietnamese letters maybe lost. */
class KeyboardWedgeTest {

    private final IdentityQrReader reader = new IdentityQrReader(Samples.CLOCK);

    static Stream<Arguments> lossyButAccepted() {
        return Stream.of(
                Arguments.of("letters dropped", "001090123456|123456789|Nguyn Vn An|15081990|Nam|S 12 Ng 34 Ph Lng H, H Ni|20042021",
                        "Nguyn Vn An", Sex.MALE),
                Arguments.of("letters typed as ?", AN.replace("Nguyễn Văn", "Nguy?n V?n").replace("Hà Nội", "H? N?i")
                        .replace("Số", "S?").replace("Ngõ", "Ng?").replace("Phố", "Ph?").replace("Láng Hạ", "L?ng H?")
                        .replace("Phường", "Ph??ng").replace("Quận", "Qu?n").replace("Đống Đa", "??ng ?a"),
                        "Nguy?n V?n An", Sex.MALE),
                Arguments.of("replacement characters", AN.replace("ễ", "\uFFFD").replace("ă", "\uFFFD"),
                        "Nguy\uFFFDn V\uFFFDn An", Sex.MALE),
                Arguments.of("diacritics stripped to plain letters", "001090123456|123456789|Nguyen Van An|15081990|Nam|"
                        + "So 12 Ngo 34 Pho Lang Ha, Ha Noi|20042021", "Nguyen Van An", Sex.MALE),
                Arguments.of("Nữ typed as N?", BINH.replace("Trần Thị Bình", "Tr?n Th? B?nh").replace("|Nữ|", "|N?|"),
                        "Tr?n Th? B?nh", Sex.FEMALE),
                Arguments.of("Nữ typed as N", BINH.replace("Trần Thị Bình", "Trn Th Bnh").replace("|Nữ|", "|N|"),
                        "Trn Th Bnh", Sex.FEMALE),
                Arguments.of("Nữ typed as Nu, name intact", BINH.replace("|Nữ|", "|Nu|"), "Trần Thị Bình", Sex.FEMALE),
                Arguments.of("Nữ with a replacement character", BINH.replace("|Nữ|", "|N\uFFFD|"), "Trần Thị Bình", Sex.FEMALE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lossyButAccepted")
    void keepsNumbersAndDatesAndMarksTheNameUnverified(String variant, String typed, String name, Sex sex) {
        ScanResult result = reader.read(utf8(typed + "\r"), ScanChannel.KEYBOARD);

        assertThat(result).isInstanceOf(ScanResult.Accepted.class);
        CitizenId id = (CitizenId) ((ScanResult.Accepted) result).document();
        CitizenId expected = sex == Sex.MALE ? AN_ID : BINH_ID;
        assertThat(id.idNumber()).isEqualTo(expected.idNumber());
        assertThat(id.dateOfBirth()).isEqualTo(expected.dateOfBirth());
        assertThat(id.issueDate()).isEqualTo(expected.issueDate());
        assertThat(id.sex()).isEqualTo(sex);
        assertThat(id.fullName()).isEqualTo(name);
        assertThat(id.nameUnverified()).isTrue();
    }

    @Test
    void anIntactKeyboardScanIsTheSameAsTheSerialOne() {
        assertThat(reader.read(utf8(AN + "\r"), ScanChannel.KEYBOARD)).isEqualTo(new ScanResult.Accepted(AN_ID));
        assertThat(reader.read(utf8(BINH + "\r"), ScanChannel.KEYBOARD)).isEqualTo(new ScanResult.Accepted(BINH_ID));
        assertThat(reader.read(utf8(BHYT_OLD + "\r"), ScanChannel.KEYBOARD)).isEqualTo(new ScanResult.Accepted(BHYT_OLD_CARD));
    }

    static Stream<Arguments> stillRefused() {
        return Stream.of(
                Arguments.of("a damaged Nữ on a male number", AN.replace("|Nam|", "|N?|"), RejectionReason.CHECK_FAILED),
                Arguments.of("a birth year that contradicts the number", AN.replace("Nguyễn", "Nguy?n").replace("15081990", "15081991"),
                        RejectionReason.CHECK_FAILED),
                Arguments.of("a damaged date", AN.replace("Nguyễn", "Nguy?n").replace("15081990", "15?81990"),
                        RejectionReason.BAD_DATE),
                Arguments.of("separators typed as another key", AN.replace('|', '\\'), RejectionReason.NOT_AN_ID),
                Arguments.of("sex field that is no form of Nam or Nữ", AN.replace("|Nam|", "|Xy|"), RejectionReason.CHECK_FAILED),
                Arguments.of("a control character", AN.replace("Văn", "V\u0007n"), RejectionReason.GARBLED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stillRefused")
    void checksTheNumbersAsStrictlyAsEver(String description, String typed, RejectionReason expected) {
        assertThat(reader.read(utf8(typed), ScanChannel.KEYBOARD)).isEqualTo(new ScanResult.Rejected(expected));
    }

    @Test
    void aSerialScanGetsNoneOfTheseAllowances() {
        assertThat(reader.read(utf8(BINH.replace("|Nữ|", "|N?|")))).isEqualTo(new ScanResult.Rejected(RejectionReason.CHECK_FAILED));
        assertThat(reader.read(utf8(AN.replace("ễ", "\uFFFD")))).isEqualTo(new ScanResult.Rejected(RejectionReason.GARBLED));
        assertThat(reader.read(utf8("001090123456|123456789|Nguyen Van An|15081990|Nam|Ha Noi|20042021")))
                .isEqualTo(new ScanResult.Accepted(new CitizenId("001090123456", "123456789", "Nguyen Van An",
                        AN_ID.dateOfBirth(), Sex.MALE, "Ha Noi", AN_ID.issueDate(), false)));
    }

    @Test
    void recognisesOnlyShortNWordsAsADamagedFemale() {
        assertThat(KeyboardLoss.isDamagedFemale("N?")).isTrue();
        assertThat(KeyboardLoss.isDamagedFemale("n")).isTrue();
        assertThat(KeyboardLoss.isDamagedFemale("Nư")).isTrue();
        assertThat(KeyboardLoss.isDamagedFemale("Nam")).isFalse();
        assertThat(KeyboardLoss.isDamagedFemale("Nữ")).isFalse();
        assertThat(KeyboardLoss.isDamagedFemale("Nx")).isFalse();
        assertThat(KeyboardLoss.isDamagedFemale("N???")).isFalse();
        assertThat(KeyboardLoss.isDamagedFemale("")).isFalse();
    }
}
