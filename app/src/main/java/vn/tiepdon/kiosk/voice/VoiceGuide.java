package vn.tiepdon.kiosk.voice;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.KioskState;

/**
 * Decides when the kiosk speaks: the prompt of each new screen a patient reaches, the idle warning's question, and
 * the start screen's welcome when someone touches it. Only in Vietnamese: the clips are Vietnamese, and a patient
 * who chose English is not spoken to in a language they did not choose.
 *
 * <p>The start screen and the paused start screen say nothing when the kiosk returns to them: that happens after
 * every patient, and most often nobody is there to hear it (a kiosk that talks to an empty hall every minute is
 * soon switched off). A touch on them says who is there, hence {@link #startScreenTouched()}.
 *
 * <p>Wiring: {@code VoiceGuide.attach(flow, speaker)} where the flow is made, and {@code guide.startScreenTouched()}
 * from the start screen's touch handler.
 */
public final class VoiceGuide implements KioskFlow.Listener {

    private final Speaker speaker;
    private KioskState shown;
    private Locale language;

    private VoiceGuide(Speaker speaker, KioskState shown, Locale language) {
        this.speaker = Objects.requireNonNull(speaker, "speaker");
        this.shown = shown;
        this.language = language;
    }

    /**
     * A guide that follows {@code flow} from the screen it shows now (which it does not announce: the kiosk has just
     * started, and nobody asked) and speaks through {@code speaker}.
     */
    public static VoiceGuide attach(KioskFlow flow, Speaker speaker) {
        VoiceGuide guide = new VoiceGuide(speaker, flow.state(), flow.locale());
        flow.addListener(guide);
        flow.addIdleWarningListener(guide::idleWarning);
        return guide;
    }

    /** A new screen, or the language changed on the same one (the same state object, told again). */
    @Override
    public synchronized void kioskChanged(KioskState state, Locale locale) {
        boolean newScreen = state != shown;
        boolean backToVietnamese = spoken(locale) && !spoken(language);
        shown = state;
        language = locale;
        if (!spoken(locale)) {
            speaker.stop();
            return;
        }
        if (!newScreen && !backToVietnamese) {
            return;
        }
        if (resting(state)) {
            speaker.stop();
            return;
        }
        Prompt.forState(state).ifPresentOrElse(speaker::say, speaker::stop);
    }

    /**
     * The idle warning: {@code Optional.of(time left)} asks whether the patient needs more time; empty (a touch, or
     * the return to the start) ends the question.
     */
    public synchronized void idleWarning(Optional<Duration> left) {
        if (left.isEmpty()) {
            speaker.stop();
        } else if (spoken(language)) {
            speaker.say(Prompt.IDLE_WARNING);
        }
    }

    /** Someone touched the start screen: welcome them, or, while the kiosk is paused, send them to the desk. */
    public synchronized void startScreenTouched() {
        if (spoken(language) && resting(shown)) {
            Prompt.forState(shown).ifPresent(speaker::say);
        }
    }

    private static boolean resting(KioskState state) {
        return state instanceof KioskState.Attract || state instanceof KioskState.OutOfService;
    }

    private static boolean spoken(Locale locale) {
        return locale != null && locale.getLanguage().equals("vi");
    }
}
