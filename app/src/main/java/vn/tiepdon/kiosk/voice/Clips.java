package vn.tiepdon.kiosk.voice;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recorded prompts, read from the class path when first needed and kept: about a second of 16 kHz speech is
 * 32 KB, the whole set under two megabytes. Not thread-safe: only the speaker's own thread reads clips.
 */
final class Clips {

    /** 16-bit signed little-endian samples: what the speaker scales for its volume, and what every sound card plays. */
    record Clip(AudioFormat format, byte[] pcm) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Clips.class);

    private final Map<Prompt, Optional<Clip>> read = new EnumMap<>(Prompt.class);

    /** The prompt's clip, or empty (logged the first time) when it is missing or unreadable: the kiosk stays quiet. */
    Optional<Clip> clip(Prompt prompt) {
        return read.computeIfAbsent(prompt, Clips::load);
    }

    private static Optional<Clip> load(Prompt prompt) {
        try (InputStream in = Clips.class.getResourceAsStream(prompt.clipResource())) {
            if (in == null) {
                LOG.warn("No clip {} for the prompt {}: it is not said", prompt.clipResource(), prompt);
                return Optional.empty();
            }
            try (AudioInputStream recorded = AudioSystem.getAudioInputStream(new BufferedInputStream(in));
                 AudioInputStream pcm = AudioSystem.getAudioInputStream(pcm16(recorded.getFormat()), recorded)) {
                return Optional.of(new Clip(pcm.getFormat(), pcm.readAllBytes()));
            }
        } catch (IOException | UnsupportedAudioFileException | IllegalArgumentException e) {
            LOG.warn("Clip {} for the prompt {} cannot be read ({}): it is not said", prompt.clipResource(), prompt,
                    e.toString());
            return Optional.empty();
        }
    }

    /** The same sound as 16-bit signed little-endian samples; the clips shipped are already so, and pass unchanged. */
    private static AudioFormat pcm16(AudioFormat format) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, format.getSampleRate(), 16, format.getChannels(),
                format.getChannels() * 2, format.getSampleRate(), false);
    }
}
