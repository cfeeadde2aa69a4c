package vn.tiepdon.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.kiosk.FlowSettings;
import vn.tiepdon.kiosk.Texts;

/** The recorded prompts the kiosk ships: each one there, playable, audible, as long as its words, and up to date. */
class VoiceClipsTest {

    /**
     * Seconds per syllable. Everyday Vietnamese runs at about five syllables a second; the clips are slower on
     * purpose, for elderly listeners, with pauses at the punctuation. Faster than 8 a second (0.12 s) no language
     * is read aloud, so the clip would be cut or mostly missing; slower than 2 a second (0.5 s) a clip is mostly
     * silence, or says something else than its text.
     */
    private static final double FASTEST = 0.12;
    private static final double SLOWEST = 0.5;
    /** Speech normalised to a peak of -1 dBFS has an RMS near -20 dBFS; -30 dBFS (0.032) is far below, silence far further. */
    private static final double QUIETEST_RMS = 0.032;

    private static final String MANIFEST = Prompt.CLIP_FOLDER + "texts.tsv";

    @ParameterizedTest
    @EnumSource(Prompt.class)
    void everyPromptHasAClipInTheFormatTheKioskPlays(Prompt prompt) throws Exception {
        AudioFormat format = read(prompt).format();

        assertThat(format.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
        assertThat(format.getSampleRate()).isEqualTo(16_000f);
        assertThat(format.getSampleSizeInBits()).isEqualTo(16);
        assertThat(format.getChannels()).as("mono").isEqualTo(1);
        assertThat(format.isBigEndian()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Prompt.class)
    void everyClipLastsAsLongAsItsWordsTakeToSay(Prompt prompt) throws Exception {
        Recording clip = read(prompt);
        String text = prompt.text(Texts.of(FlowSettings.VIETNAMESE));
        // Vietnamese writes one syllable a word, spaces between; "Ông/Bà" is two.
        int syllables = text.split("[\\s/]+").length;

        assertThat(clip.seconds() / syllables).as("%s: %.2f s for %d syllables", prompt, clip.seconds(), syllables)
                .isBetween(FASTEST, SLOWEST);
    }

    @ParameterizedTest
    @EnumSource(Prompt.class)
    void everyClipIsAudible(Prompt prompt) throws Exception {
        Recording clip = read(prompt);

        assertThat(clip.rms()).as("%s: RMS of the whole clip, full scale = 1", prompt).isGreaterThan(QUIETEST_RMS);
    }

    @Test
    void everyClipSaysTheTextsTheScreensShowNow() throws IOException {
        Map<String, String> recorded = manifest();
        Texts vietnamese = Texts.of(FlowSettings.VIETNAMESE);

        for (Prompt prompt : Prompt.values()) {
            assertThat(recorded.get(prompt.name()))
                    .as("%s was recorded from other texts: run packaging/voice/make-clips", prompt)
                    .isEqualTo(prompt.clipName() + "\t" + prompt.text(vietnamese));
        }
        assertThat(recorded.keySet()).as("prompts recorded, in the order make-clips writes them")
                .containsExactly(Arrays.stream(Prompt.values()).map(Prompt::name).toArray(String[]::new));
    }

    @Test
    void noClipIsLeftOverFromAPromptThatIsGone() throws IOException, URISyntaxException {
        Path folder = Path.of(VoiceClipsTest.class.getResource(Prompt.CLIP_FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".wav")))
                    .containsExactlyInAnyOrder(Arrays.stream(Prompt.values()).map(Prompt::clipName)
                            .toArray(String[]::new));
        }
    }

    /** Read without {@code Texts}, which shows a missing key as the key itself instead of failing. */
    @Test
    void everyTextAPromptSaysExistsInBothLanguagesWithoutBlanksToFillIn() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = Texts.class.getResourceAsStream(bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Prompt prompt : Prompt.values()) {
                for (String key : prompt.textKeys()) {
                    assertThat(texts.getProperty(key)).as("%s in %s", key, bundle).isNotBlank().doesNotContain("{");
                }
            }
        }
    }

    /** What make-clips wrote: prompt → "file TAB text". */
    private static Map<String, String> manifest() throws IOException {
        Map<String, String> lines = new LinkedHashMap<>();
        try (InputStream in = VoiceClipsTest.class.getResourceAsStream(MANIFEST)) {
            assertThat(in).as(MANIFEST).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t", 2);
                    lines.put(fields[0], fields[1]);
                }
            }
        }
        return lines;
    }

    private record Recording(AudioFormat format, byte[] pcm) {

        double seconds() {
            return pcm.length / (double) format.getFrameSize() / format.getFrameRate();
        }

        double rms() {
            double sum = 0;
            int samples = pcm.length / 2;
            for (int i = 0; i + 1 < pcm.length; i += 2) {
                double sample = ((pcm[i] & 0xff) | (pcm[i + 1] << 8)) / 32768.0;
                sum += sample * sample;
            }
            return Math.sqrt(sum / samples);
        }
    }

    private static Recording read(Prompt prompt) throws IOException, UnsupportedAudioFileException {
        InputStream resource = VoiceClipsTest.class.getResourceAsStream(prompt.clipResource());
        assertThat(resource).as("%s: no clip %s", prompt, prompt.clipResource()).isNotNull();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(resource))) {
            return new Recording(in.getFormat(), in.readAllBytes());
        }
    }
}
