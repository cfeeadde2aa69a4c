package vn.tiepdon.config;

import java.util.Map;
import java.util.Properties;

/** The {@code voice.*} keys: whether the kiosk speaks its guidance, and how loudly. Both optional. */
final class VoiceKeys {

    static final String ENABLED = "voice.enabled";
    static final String VOLUME = "voice.volume";

    private VoiceKeys() {
    }

    static VoiceSettings voice(Map<String, String> values) throws SettingsException {
        boolean enabled = SettingsLoader.bool(values, ENABLED, VoiceSettings.DEFAULTS.enabled());
        int volume = SettingsLoader.integer(values, VOLUME, VoiceSettings.DEFAULT_VOLUME, 0, 100);
        return new VoiceSettings(enabled, volume);
    }

    static void write(VoiceSettings voice, Properties properties) {
        properties.setProperty(ENABLED, String.valueOf(voice.enabled()));
        properties.setProperty(VOLUME, String.valueOf(voice.volume()));
    }
}
