package vn.tiepdon.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.identity.Samples.AN_HEX;
import static vn.tiepdon.identity.Samples.BHYT_NEW;
import static vn.tiepdon.identity.Samples.BHYT_NEW_CARD;
import static vn.tiepdon.identity.Samples.BHYT_OLD;
import static vn.tiepdon.identity.Samples.BHYT_OLD_CARD;
import static vn.tiepdon.identity.Samples.BHYT_OLD_EXPIRED;
import static vn.tiepdon.identity.Samples.utf8;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Health-insurance card QRs (thẻ BHYT printed or in VssID), both templates of the reference. */
class BhytReadingTest {

    private final IdentityQrReader reader = new IdentityQrReader(Samples.CLOCK);

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("old template, 14 fields + $", BHYT_OLD, BHYT_OLD_CARD),
                Arguments.of("2021 template, 16 fields + $, open-ended", BHYT_NEW, BHYT_NEW_CARD),
                Arguments.of("upper-case hex", upperCaseHex(BHYT_OLD), BHYT_OLD_CARD),
                Arguments.of("card number typed with Caps Lock", BHYT_OLD.replace("DN401", "dn401"), BHYT_OLD_CARD),
                Arguments.of("CRLF terminator and AIM identifier", "]Q1" + BHYT_OLD + "\r\n", BHYT_OLD_CARD),
                Arguments.of("facility already without separator", BHYT_OLD.replace("01 - 001", "01001"), BHYT_OLD_CARD),
                Arguments.of("facility without spaces", BHYT_OLD.replace("01 - 001", "01-001"), BHYT_OLD_CARD),
                Arguments.of("shorter old card: only the required fields", shortOldCard(),
                        withCheckString(BHYT_OLD_CARD, "")),
                Arguments.of("empty extra field after $", BHYT_NEW + "|", BHYT_NEW_CARD),
                Arguments.of("valid to today", BHYT_OLD.replace("31/12/2026", "15/01/2026"),
                        validTo(BHYT_OLD_CARD, LocalDate.of(2026, 1, 15))),
                Arguments.of("valid from today", BHYT_OLD.replace("01/01/2026|", "15/01/2026|"),
                        validFrom(BHYT_OLD_CARD, LocalDate.of(2026, 1, 15))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void readsTheCardWithExactFields(String variant, String payload, HealthInsuranceCard expected) {
        assertThat(reader.read(utf8(payload))).isEqualTo(new ScanResult.Accepted(expected));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("the reference's card, valid only in 2020", BHYT_OLD_EXPIRED, RejectionReason.EXPIRED_CARD),
                Arguments.of("not valid yet", BHYT_OLD.replace("01/01/2026|31/12/2026", "01/02/2026|31/12/2026"),
                        RejectionReason.EXPIRED_CARD),
                Arguments.of("missing $", BHYT_OLD.substring(0, BHYT_OLD.length() - 2), RejectionReason.TRUNCATED),
                Arguments.of("cut inside the name", BHYT_OLD.substring(0, 25), RejectionReason.TRUNCATED),
                Arguments.of("cut after the card number and separator", "DN4010123456789|", RejectionReason.TRUNCATED),
                Arguments.of("bare old card number", "DN4010123456789", RejectionReason.TRUNCATED),
                Arguments.of("new template cut in half", BHYT_NEW.substring(0, BHYT_NEW.length() / 2),
                        RejectionReason.TRUNCATED),
                Arguments.of("odd-length hex name", BHYT_OLD.replace(AN_HEX, AN_HEX.substring(1)), RejectionReason.GARBLED),
                Arguments.of("non-hex name", BHYT_OLD.replace(AN_HEX, "4e67zz79"), RejectionReason.GARBLED),
                Arguments.of("hex that is not UTF-8", BHYT_OLD.replace(AN_HEX, "4ec3"), RejectionReason.GARBLED),
                Arguments.of("hex of a control character", BHYT_OLD.replace(AN_HEX, "4e07"), RejectionReason.GARBLED),
                Arguments.of("broken hex address", BHYT_OLD.replace("|1|53", "|1|5"), RejectionReason.GARBLED),
                Arguments.of("broken hex parent", BHYT_OLD.replace("|4|01/01/2025", "|4|01/01/2025")
                        .replace("0101234567|-|", "0101234567|abc|"), RejectionReason.GARBLED),
                Arguments.of("broken hex issuing office", BHYT_NEW.replace("|4|42", "|4|x42"), RejectionReason.GARBLED),
                Arguments.of("sex 3", BHYT_OLD.replace("|15/08/1990|1|", "|15/08/1990|3|"), RejectionReason.CHECK_FAILED),
                Arguments.of("benefit level 6", BHYT_OLD.replace("DN4", "DN6"), RejectionReason.CHECK_FAILED),
                Arguments.of("9-digit number with $", BHYT_NEW.replace("0123456789|", "012345678|"),
                        RejectionReason.CHECK_FAILED),
                Arguments.of("empty name", BHYT_OLD.replace(AN_HEX, "20"), RejectionReason.CHECK_FAILED),
                Arguments.of("province of letters", BHYT_OLD.replace("01 - 001", "AB - CDE"), RejectionReason.CHECK_FAILED),
                Arguments.of("facility of four characters", BHYT_OLD.replace("01 - 001", "01 - C541"),
                        RejectionReason.CHECK_FAILED),
                Arguments.of("too few fields before $", "DN4010123456789|" + AN_HEX + "|15/08/1990|1|$",
                        RejectionReason.CHECK_FAILED),
                Arguments.of("valid to before valid from", BHYT_OLD.replace("31/12/2026", "31/12/2025"),
                        RejectionReason.BAD_DATE),
                Arguments.of("31 February", BHYT_OLD.replace("15/08/1990", "31/02/1990"), RejectionReason.BAD_DATE),
                Arguments.of("year-only birth date", BHYT_OLD.replace("15/08/1990", "1990"), RejectionReason.BAD_DATE),
                Arguments.of("birth in the future", BHYT_OLD.replace("15/08/1990", "15/08/2026"), RejectionReason.BAD_DATE),
                Arguments.of("issued in the future", BHYT_OLD.replace("20/12/2025", "20/12/2026"), RejectionReason.BAD_DATE),
                Arguments.of("garbage valid-to", BHYT_OLD.replace("31/12/2026", "31.12.2026"), RejectionReason.BAD_DATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejectsWithTheReason(String description, String payload, RejectionReason expected) {
        assertThat(reader.read(utf8(payload))).isEqualTo(new ScanResult.Rejected(expected));
    }

    @Test
    void acceptsAnUnknownObjectCodeAndSaysSo() {
        ScanResult result = reader.read(utf8(BHYT_OLD.replace("DN401", "ZZ401")));

        HealthInsuranceCard card = (HealthInsuranceCard) ((ScanResult.Accepted) result).document();
        assertThat(card.objectCode()).contains("ZZ");
        assertThat(card.objectCodeKnown()).isFalse();
        assertThat(BHYT_OLD_CARD.objectCodeKnown()).isTrue();
        assertThat(BHYT_NEW_CARD.objectCode()).isEmpty();
        assertThat(BHYT_NEW_CARD.objectCodeKnown()).isTrue();
    }

    /** A fake 2021-template card; "Lê Thị Hoa" and "BHXH Ha Noi" hex-encoded by hand. */
    private static String card2021WithFacility(String facility) {
        return "0123456780|4cc3aa205468e1bb8b20486f61|02/03/1985|2|-|" + facility + "|01/01/2025|-|10/01/2025"
                + "|01010123456780|-|4|-|0f1e2d3c4b5a6978-1357|4|42485848204861204e6f69|$";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"01 - C54", "01 - c54", "01-C54", "01C54"})
    void acceptsALetterInTheFacilityCodeAsOnRealCards(String facility) {
        HealthInsuranceCard expected = new HealthInsuranceCard("0123456780", "Lê Thị Hoa", LocalDate.of(1985, 3, 2),
                Sex.FEMALE, "", "01C54", LocalDate.of(2025, 1, 1), Optional.empty(), LocalDate.of(2025, 1, 10),
                "0f1e2d3c4b5a6978-1357", false);

        assertThat(reader.read(utf8(card2021WithFacility(facility)))).isEqualTo(new ScanResult.Accepted(expected));
    }

    @Test
    void readsAFemaleChildWithAParentName() {
        String child = BHYT_OLD.replace("DN401", "TE101").replace("|15/08/1990|1|", "|02/03/2022|2|")
                .replace("0101234567|-|", "0101234567|" + Samples.hex("Trần Thị Bình") + "|");

        HealthInsuranceCard card = (HealthInsuranceCard) ((ScanResult.Accepted) reader.read(utf8(child))).document();

        assertThat(card.sex()).isEqualTo(Sex.FEMALE);
        assertThat(card.dateOfBirth()).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(card.cardNumber()).isEqualTo("TE1010123456789");
    }

    private static String upperCaseHex(String payload) {
        String[] fields = payload.split("\\|", -1);
        fields[1] = fields[1].toUpperCase(Locale.ROOT);
        fields[4] = fields[4].toUpperCase(Locale.ROOT);
        return String.join("|", fields);
    }

    private static String shortOldCard() {
        String[] fields = BHYT_OLD.split("\\|", -1);
        return String.join("|", java.util.Arrays.copyOf(fields, 9)) + "|$";
    }

    private static HealthInsuranceCard withCheckString(HealthInsuranceCard c, String check) {
        return new HealthInsuranceCard(c.cardNumber(), c.fullName(), c.dateOfBirth(), c.sex(), c.address(),
                c.facilityCode(), c.validFrom(), c.validTo(), c.issueDate(), check, c.nameUnverified());
    }

    private static HealthInsuranceCard validTo(HealthInsuranceCard c, LocalDate to) {
        return new HealthInsuranceCard(c.cardNumber(), c.fullName(), c.dateOfBirth(), c.sex(), c.address(),
                c.facilityCode(), c.validFrom(), Optional.of(to), c.issueDate(), c.checkString(), c.nameUnverified());
    }

    private static HealthInsuranceCard validFrom(HealthInsuranceCard c, LocalDate from) {
        return new HealthInsuranceCard(c.cardNumber(), c.fullName(), c.dateOfBirth(), c.sex(), c.address(),
                c.facilityCode(), from, c.validTo(), c.issueDate(), c.checkString(), c.nameUnverified());
    }
}
