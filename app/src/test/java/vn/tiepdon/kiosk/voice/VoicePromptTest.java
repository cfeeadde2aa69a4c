package vn.tiepdon.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.kiosk.FakeTicketIssuer;
import vn.tiepdon.kiosk.FlowSettings;
import vn.tiepdon.kiosk.KioskFixtures;
import vn.tiepdon.kiosk.KioskState;
import vn.tiepdon.kiosk.QrBill;
import vn.tiepdon.kiosk.ScriptedIdentityReader;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.ticket.IssueOutcome;
import vn.tiepdon.ticket.PrintProblem;

class VoicePromptTest {

    private static final QrBill BILL = new QrBill("K01T1", 150_000, "000201…", "Vietcombank (VCB)", Instant.EPOCH);

    static Stream<Arguments> screens() {
        IssueOutcome printed = new FakeTicketIssuer().issue(KioskFixtures.KHAM_BHYT);
        IssueOutcome notPrinted = new FakeTicketIssuer().thenProblem(PrintProblem.PAPER_OUT)
                .issue(KioskFixtures.KHAM_BHYT);
        return Stream.of(
                Arguments.of(KioskState.ATTRACT, Prompt.WELCOME),
                Arguments.of(new KioskState.OutOfService(new TreeSet<>(Set.of("printer"))), Prompt.OUT_OF_SERVICE),
                Arguments.of(new KioskState.Confirm(ScriptedIdentityReader.AN), Prompt.CONFIRM),
                Arguments.of(new KioskState.ChooseService(Optional.empty()), Prompt.CHOOSE_SERVICE),
                Arguments.of(new KioskState.Paying(KioskFixtures.KHAM_DICH_VU, Optional.empty(), BILL), Prompt.PAYING),
                Arguments.of(new KioskState.PaymentExpired(KioskFixtures.KHAM_DICH_VU, Optional.empty(), BILL),
                        Prompt.PAYMENT_EXPIRED),
                Arguments.of(new KioskState.Done(printed), Prompt.DONE),
                Arguments.of(new KioskState.PrintFailed(notPrinted), Prompt.PRINT_FAILED),
                Arguments.of(new KioskState.Rejected(RejectionReason.BANK_PAYMENT_QR), Prompt.SCAN_REJECTED),
                Arguments.of(new KioskState.NotIssued(), Prompt.NOT_ISSUED));
    }

    @ParameterizedTest(name = "{0} says {1}")
    @MethodSource("screens")
    void eachScreenHasItsPrompt(KioskState screen, Prompt prompt) {
        assertThat(Prompt.forState(screen)).contains(prompt);
    }

    @Test
    void nothingIsSaidWhileTheTicketPrints() {
        assertThat(Prompt.forState(new KioskState.Printing())).isEmpty();
    }

    @Test
    void aPromptSaysTheScreensWordsAsSentences() {
        Texts vietnamese = Texts.of(FlowSettings.VIETNAMESE);

        assertThat(Prompt.DONE.text(vietnamese))
                .isEqualTo("Mời Ông/Bà nhận phiếu. Giữ phiếu và chờ đến lượt được gọi số.");
        assertThat(Prompt.CHOOSE_SERVICE.text(vietnamese))
                .as("the screen's title has no full stop; spoken, it ends a sentence")
                .isEqualTo("Mời chọn dịch vụ. Chạm vào dịch vụ cần khám.");
        assertThat(Prompt.IDLE_WARNING.text(vietnamese)).startsWith("Ông/Bà còn cần thêm thời gian? ");
        assertThat(Prompt.CONFIRM.text(Texts.of(KioskFixtures.english())))
                .as("an apostrophe as the screen shows it").endsWith("Are these the patient's details?");
    }

    @Test
    void clipsAreNamedAfterTheirPrompts() {
        assertThat(Prompt.CHOOSE_SERVICE.clipResource()).isEqualTo("/vn/tiepdon/kiosk/voice/vi/choose-service.wav");
        assertThat(Prompt.DONE.clipName()).isEqualTo("done.wav");
    }
}
