package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.ticket.PrintProblem;

class TextsTest {

    private static final String VI = "/vn/tiepdon/kiosk/messages.properties";
    private static final String EN = "/vn/tiepdon/kiosk/messages_en.properties";

    /** Read without ResourceBundle, whose fallback to the base bundle would hide a missing English key. */
    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load(EN).stringPropertyNames()).isEqualTo(load(VI).stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {VI, EN})
    void everyRejectionAndPrintProblemHasAMessage(String resource) throws IOException {
        Properties texts = load(resource);
        for (RejectionReason reason : RejectionReason.values()) {
            assertThat(texts.getProperty("scan.rejected." + reason.name())).as(reason.name()).isNotBlank();
        }
        for (PrintProblem problem : PrintProblem.values()) {
            assertThat(texts.getProperty("print.problem." + problem.name()))
                    .as("%s names the recorded number", problem).contains("{0}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {VI, EN})
    void noTextHasALoneApostropheThatMessageFormatWouldSwallow(String resource) throws IOException {
        Properties texts = load(resource);
        for (String key : texts.stringPropertyNames()) {
            assertThat(texts.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
        }
    }

    @Test
    void vietnameseTextsReadAsUtf8() {
        Texts vi = Texts.of(FlowSettings.VIETNAMESE);

        assertThat(vi.rejection(RejectionReason.GARBLED))
                .isEqualTo("Không đọc được mã. Vui lòng quét lại mã QR trên thẻ Căn cước.");
        assertThat(vi.printProblem(PrintProblem.PAPER_OUT, "A027"))
                .isEqualTo("Máy in hết giấy. Số A027 đã được ghi lại — mời Ông/Bà đến quầy tiếp đón, nhân viên sẽ in phiếu.");
    }

    @Test
    void vietnameseStaysVietnameseOnAMachineSetToEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Texts.of(FlowSettings.VIETNAMESE).get("confirm.yes")).isEqualTo("Đúng thông tin");
            assertThat(Texts.of(Locale.ENGLISH).get("confirm.yes")).isEqualTo("Yes, correct");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void englishTextsComeFromTheEnglishBundle() {
        Texts en = Texts.of(Locale.ENGLISH);

        assertThat(en.printProblem(PrintProblem.COVER_OPEN, "B004")).contains("B004").contains("cover");
    }

    @Test
    void waitingAheadReadsNaturallyForNoneOneAndMany() {
        Texts en = Texts.of(Locale.ENGLISH);
        Texts vi = Texts.of(FlowSettings.VIETNAMESE);

        assertThat(en.get("done.waiting", 0)).isEqualTo("Nobody is waiting ahead of you");
        assertThat(en.get("done.waiting", 1)).isEqualTo("1 person is waiting ahead of you");
        assertThat(en.get("done.waiting", 12)).isEqualTo("12 people are waiting ahead of you");
        assertThat(vi.get("done.waiting", 0)).isEqualTo("Không có ai chờ trước");
        assertThat(vi.get("done.waiting", 12)).isEqualTo("Có 12 người đang chờ trước");
    }

    @ParameterizedTest
    @EnumSource(RejectionReason.class)
    void rejectionsDifferFromEachOther(RejectionReason reason) {
        Texts vi = Texts.of(FlowSettings.VIETNAMESE);
        for (RejectionReason other : RejectionReason.values()) {
            if (other != reason) {
                assertThat(vi.rejection(reason)).isNotEqualTo(vi.rejection(other));
            }
        }
    }

    @Test
    void datesAreWrittenTheVietnameseWayInBothLanguages() {
        LocalDate birthday = LocalDate.of(1990, 8, 5);

        assertThat(Texts.of(FlowSettings.VIETNAMESE).date(birthday)).isEqualTo("05/08/1990");
        assertThat(Texts.of(Locale.ENGLISH).date(birthday)).isEqualTo("05/08/1990");
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(Texts.of(Locale.ENGLISH).get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void theHeadersDateNamesTheDayOfTheWeek() {
        // 3 December 2026 is a Thursday; 6 December a Sunday.
        assertThat(Texts.of(java.util.Locale.forLanguageTag("vi-VN")).dateWithWeekday(java.time.LocalDate.of(2026, 12, 3)))
                .isEqualTo("Thứ Năm, 03/12/2026");
        assertThat(Texts.of(java.util.Locale.forLanguageTag("vi-VN")).dateWithWeekday(java.time.LocalDate.of(2026, 12, 6)))
                .isEqualTo("Chủ Nhật, 06/12/2026");
        assertThat(Texts.of(java.util.Locale.ENGLISH).dateWithWeekday(java.time.LocalDate.of(2026, 12, 3)))
                .isEqualTo("Thursday, 03/12/2026");
    }
}
