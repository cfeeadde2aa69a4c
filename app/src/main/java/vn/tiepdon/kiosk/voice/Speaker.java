package vn.tiepdon.kiosk.voice;

import vn.tiepdon.config.VoiceSettings;

/**
 * Says the kiosk's prompts aloud. Every method returns at once and never throws: the voice is a help, and a kiosk
 * without speakers (or with a broken sound card) must serve patients exactly as well, only silently.
 */
public interface Speaker extends AutoCloseable {

    /** Starts saying {@code prompt}, cutting off whatever is being said. */
    void say(Prompt prompt);

    /** Stops talking at once. */
    void stop();

    /** Stops talking and lets go of the audio device; later prompts are not said. */
    @Override
    void close();

    /**
     * The kiosk's speaker for its settings: the recorded clips on the PC's default audio output, or, when
     * {@code voice.enabled=false} or the volume is 0, one that says nothing and never opens the audio device.
     */
    static Speaker open(VoiceSettings settings) {
        return settings.audible() ? ClipSpeaker.onDefaultOutput(settings) : silent();
    }

    /** A speaker that says nothing: muted kiosks, tests, the reception desk. */
    static Speaker silent() {
        return SilentSpeaker.INSTANCE;
    }

    /** Says nothing, holds nothing. */
    enum SilentSpeaker implements Speaker {
        INSTANCE;

        @Override
        public void say(Prompt prompt) {
        }

        @Override
        public void stop() {
        }

        @Override
        public void close() {
        }
    }
}
