package vn.tiepdon.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.AN;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.scanOf;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.scanRejectedFor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.kiosk.CountingScanCounter;
import vn.tiepdon.kiosk.FakeTicketIssuer;
import vn.tiepdon.kiosk.KioskFixtures;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.ManualTimer;
import vn.tiepdon.kiosk.ScriptedIdentityReader;

/** The voice follows the real patient flow: what is said, and what is not, at each step. */
class VoiceGuideTest {

    private final ManualTimer timer = new ManualTimer();
    private final KioskFlow flow = new KioskFlow(KioskFixtures.flowSettings(), new ScriptedIdentityReader(),
            new CountingScanCounter(), new FakeTicketIssuer(), timer, Runnable::run, Runnable::run);
    private final Heard heard = new Heard();
    private final VoiceGuide guide = VoiceGuide.attach(flow, heard);

    @Test
    void eachScreenOfAPatientsPathSaysItsPrompt() {
        flow.scan(scanOf(AN));
        flow.confirm();
        flow.chooseService(KioskFixtures.KHAM_BHYT);
        timer.advance(KioskFixtures.DONE_DISPLAY);

        assertThat(heard.list).containsExactly("CONFIRM", "CHOOSE_SERVICE",
                "stop", // printing: the service prompt is over
                "DONE",
                "stop"); // back on the start screen, which is quiet
    }

    @Test
    void theStartScreenSpeaksOnlyWhenSomeoneTouchesIt() {
        assertThat(heard.list).as("the kiosk starting says nothing").isEmpty();

        guide.startScreenTouched();
        flow.deviceReady("printer", false);
        guide.startScreenTouched();

        assertThat(heard.list).containsExactly("WELCOME", "stop", "OUT_OF_SERVICE");
    }

    @Test
    void inEnglishTheKioskIsSilentAndSpeaksAgainBackInVietnamese() {
        flow.toggleLanguage();
        guide.startScreenTouched();
        flow.scan(scanOf(AN));
        assertThat(heard.list).containsExactly("stop", "stop");

        flow.toggleLanguage();

        assertThat(heard.list).as("the patient switched back: the screen's prompt, in Vietnamese")
                .containsExactly("stop", "stop", "CONFIRM");
    }

    @Test
    void theIdleWarningAsksAndATouchEndsTheQuestion() {
        flow.takeWithoutCard();
        // The warning comes a third of the idle time before the return.
        timer.advance(KioskFixtures.IDLE.minus(KioskFixtures.IDLE.dividedBy(3)));
        flow.touch();

        assertThat(heard.list).containsExactly("CHOOSE_SERVICE", "IDLE_WARNING", "stop");
    }

    @Test
    void theIdleWarningInEnglishIsSilent() {
        flow.toggleLanguage();
        flow.takeWithoutCard();
        timer.advance(KioskFixtures.IDLE.minus(Duration.ofSeconds(1)));

        assertThat(heard.list).doesNotContain("IDLE_WARNING");
    }

    @Test
    void aSecondRefusedScanIsSaidAgain() {
        flow.scan(scanRejectedFor(RejectionReason.BANK_PAYMENT_QR));
        flow.scan(scanRejectedFor(RejectionReason.BANK_PAYMENT_QR));

        assertThat(heard.list).containsExactly("SCAN_REJECTED", "SCAN_REJECTED");
    }

    /** What was asked of the speaker, in order. */
    private static final class Heard implements Speaker {
        final List<String> list = new ArrayList<>();

        @Override
        public void say(Prompt prompt) {
            list.add(prompt.name());
        }

        @Override
        public void stop() {
            list.add("stop");
        }

        @Override
        public void close() {
            list.add("close");
        }
    }
}
