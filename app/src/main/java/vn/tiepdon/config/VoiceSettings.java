package vn.tiepdon.config;

/**
 * The kiosk's spoken guidance ({@code voice.*} keys).
 *
 * @param enabled false mutes the kiosk: nothing is played and no audio device is opened
 * @param volume  0–100, the loudness of the recorded clips in percent of their amplitude (50 is half, about 6 dB
 *                quieter); the PC's own mixer still sets the overall level
 */
public record VoiceSettings(boolean enabled, int volume) {

    public static final int DEFAULT_VOLUME = 80;
    public static final VoiceSettings DEFAULTS = new VoiceSettings(true, DEFAULT_VOLUME);

    public VoiceSettings {
        if (volume < 0 || volume > 100) {
            throw new IllegalArgumentException("volume " + volume + " is not 0–100");
        }
    }

    /** Whether anything is to be heard: switched on, and not turned all the way down. */
    public boolean audible() {
        return enabled && volume > 0;
    }
}
