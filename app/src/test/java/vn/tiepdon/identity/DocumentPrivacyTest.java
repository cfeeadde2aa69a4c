package vn.tiepdon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Records that print themselves by accident (a log line, an exception) show only the masked number. */
class DocumentPrivacyTest {

    @Test
    void citizenIdShowsOnlyTheMaskedNumber() {
        CitizenId id = Samples.AN_ID;
        String shown = id.toString() + " " + new ScanResult.Accepted(id);

        assertThat(shown).contains("0010******56")
                .doesNotContain(id.idNumber(), id.oldIdNumber(), id.idNumber().substring(4, 10), "Nguyễn", "Láng", "1990");
    }

    @Test
    void healthInsuranceCardShowsOnlyTheMaskedNumber() {
        for (HealthInsuranceCard card : List.of(Samples.BHYT_OLD_CARD, Samples.BHYT_NEW_CARD)) {
            String shown = card.toString() + " " + new ScanResult.Accepted(card);

            assertThat(shown).contains(card.maskedNumber())
                    .doesNotContain(card.cardNumber(), card.cardNumber().substring(4, card.cardNumber().length() - 2),
                            "Nguyễn", "Láng", "1990", card.checkString());
        }
        assertThat(Samples.BHYT_OLD_CARD.maskedNumber()).isEqualTo("DN40*********89");
    }

    @Test
    void documentsReadFromScansShowNoDigitRunBeyondTheMask() {
        IdentityQrReader reader = new IdentityQrReader(Samples.CLOCK);
        for (String payload : List.of(Samples.AN, Samples.BINH, Samples.KHANG, Samples.BHYT_OLD, Samples.BHYT_NEW)) {
            ScanResult result = reader.read(Samples.utf8(payload));

            assertThat(result).isInstanceOf(ScanResult.Accepted.class);
            assertThat(result.toString()).doesNotContainPattern("[0-9]{5,}");
        }
    }
}
