package vn.tiepdon.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.tiepdon.config.VoiceSettings;

/** The player, on a recorded output instead of a sound card: what reaches the speakers, and when nothing does. */
class VoiceClipSpeakerTest {

    private final Output output = new Output();
    private final Logger log = (Logger) LoggerFactory.getLogger(ClipSpeaker.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private ClipSpeaker speaker;

    @BeforeEach
    void listen() {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void close() {
        log.detachAppender(logged);
        if (speaker != null) {
            speaker.close();
        }
        output.go.countDown();
    }

    @Test
    void atFullVolumeTheSpeakersGetTheRecordingAsItIs() throws Exception {
        speaker = speaker(new VoiceSettings(true, 100));

        speaker.say(Prompt.DONE);
        speaker.awaitPlayed();

        assertThat(output.played()).isEqualTo(recording(Prompt.DONE));
        assertThat(output.format.getSampleRate()).isEqualTo(16_000f);
    }

    @Test
    void atVolume50EverySampleIsHalf() throws Exception {
        speaker = speaker(new VoiceSettings(true, 50));

        speaker.say(Prompt.DONE);
        speaker.awaitPlayed();

        short[] recorded = samples(recording(Prompt.DONE));
        short[] played = samples(output.played());
        assertThat(played).hasSameSizeAs(recorded);
        for (int i = 0; i < recorded.length; i++) {
            assertThat((double) played[i]).as("sample %d", i).isCloseTo(recorded[i] / 2.0, within(0.5));
        }
        int loudest = 0;
        for (short sample : recorded) {
            loudest = Math.max(loudest, Math.abs(sample));
        }
        assertThat(loudest).as("the clip is not silence to begin with").isGreaterThan(10_000);
    }

    @Test
    void mutedOrTurnedDownItOpensNoDeviceAndPlaysNothing() throws Exception {
        for (VoiceSettings quiet : new VoiceSettings[] {new VoiceSettings(false, 80), new VoiceSettings(true, 0)}) {
            ClipSpeaker muted = speaker(quiet);
            muted.say(Prompt.DONE);
            muted.awaitPlayed();
            muted.close();

            assertThat(Speaker.open(quiet)).as("what the kiosk gets for %s", quiet).isSameAs(Speaker.silent());
        }
        assertThat(output.opened).isZero();
        assertThat(output.played()).isEmpty();
    }

    @Test
    void aNewPromptCutsTheOneBeingSaid() throws Exception {
        byte[] played = playedWhenCutShortBy(() -> speaker.say(Prompt.DONE));

        byte[] paying = recording(Prompt.PAYING);
        byte[] done = recording(Prompt.DONE);
        int cut = played.length - done.length;
        assertThat(Arrays.copyOfRange(played, cut, played.length)).as("the new prompt, whole").isEqualTo(done);
        assertThat(cut).as("of the old prompt only its first moment").isPositive().isLessThan(paying.length / 10);
        assertThat(Arrays.copyOf(played, cut)).isEqualTo(Arrays.copyOf(paying, cut));
        assertThat(output.flushed).as("what the old prompt had queued is dropped").isPositive();
    }

    @Test
    void stopSilencesItAtOnce() throws Exception {
        byte[] played = playedWhenCutShortBy(() -> speaker.stop());

        assertThat(played.length).isLessThan(recording(Prompt.PAYING).length / 10);
        assertThat(output.flushed).isPositive();
    }

    @Test
    void withoutASoundCardTheKioskCarriesOnAndSaysSoOnce() throws Exception {
        speaker = speaker(new VoiceSettings(true, 80));
        output.refuse = true;

        speaker.say(Prompt.WELCOME);
        speaker.awaitPlayed();
        speaker.say(Prompt.CONFIRM);
        speaker.awaitPlayed();

        assertThat(output.attempts).as("each prompt tries the output again").isEqualTo(2);
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("No audio output").contains("no sound card here");
            assertThat(event.getThrowableProxy()).as("no stack trace for an ordinary PC without speakers").isNull();
        });

        output.refuse = false;
        speaker.say(Prompt.DONE);
        speaker.awaitPlayed();
        assertThat(output.played()).as("speakers plugged in later are used").hasSize(recording(Prompt.DONE).length);
        assertThat(logged.list).last().satisfies(event -> assertThat(event.getFormattedMessage()).contains("found again"));
    }

    @Test
    void aDeviceLostWhileSpeakingIsLetGoAndOpenedAfreshForTheNextPrompt() throws Exception {
        speaker = speaker(new VoiceSettings(true, 100));
        output.failWrites = true;

        speaker.say(Prompt.DONE);
        speaker.awaitPlayed();
        output.failWrites = false;
        speaker.say(Prompt.DONE);
        speaker.awaitPlayed();

        assertThat(output.closed).isEqualTo(1);
        assertThat(output.opened).isEqualTo(2);
        assertThat(output.played()).isEqualTo(recording(Prompt.DONE));
    }

    @Test
    void afterCloseNothingIsSaidAndTheDeviceIsLetGo() throws Exception {
        speaker = speaker(new VoiceSettings(true, 100));
        speaker.say(Prompt.DONE);
        speaker.awaitPlayed();

        speaker.close();
        speaker.say(Prompt.CONFIRM);
        speaker.stop();
        speaker.awaitPlayed();

        assertThat(output.closed).isEqualTo(1);
        assertThat(output.played()).isEqualTo(recording(Prompt.DONE));
    }

    /** What is played when {@code cut} comes while the first piece of a long prompt is being written. */
    private byte[] playedWhenCutShortBy(Runnable cut) throws InterruptedException {
        speaker = speaker(new VoiceSettings(true, 100));
        output.holdFirstWrite();

        speaker.say(Prompt.PAYING);
        assertThat(output.writing.await(10, TimeUnit.SECONDS)).isTrue();
        cut.run();
        output.go.countDown();
        speaker.awaitPlayed();
        return output.played();
    }

    private ClipSpeaker speaker(VoiceSettings settings) {
        return new ClipSpeaker(settings, output, new Clips());
    }

    /** The clip's samples as Java's own sound API reads the file, independently of the player. */
    private static byte[] recording(Prompt prompt) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(
                new BufferedInputStream(VoiceClipSpeakerTest.class.getResourceAsStream(prompt.clipResource())))) {
            return in.readAllBytes();
        }
    }

    private static short[] samples(byte[] pcm) {
        short[] samples = new short[pcm.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
        }
        return samples;
    }

    /** A sound card that records what it is given; it can refuse to open, fail, or hold the first write. */
    private static final class Output implements AudioOutput {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch go = new CountDownLatch(1);
        private final ByteArrayOutputStream played = new ByteArrayOutputStream();
        volatile boolean refuse;
        volatile boolean failWrites;
        private volatile boolean hold;
        volatile AudioFormat format;
        volatile int attempts;
        volatile int opened;
        volatile int flushed;
        volatile int closed;

        void holdFirstWrite() {
            hold = true;
        }

        synchronized byte[] played() {
            return played.toByteArray();
        }

        @Override
        public Line open(AudioFormat lineFormat, int bufferBytes) throws LineUnavailableException {
            attempts++;
            if (refuse) {
                throw new LineUnavailableException("no sound card here");
            }
            opened++;
            format = lineFormat;
            return new Line() {
                @Override
                public void write(byte[] data, int offset, int length) {
                    if (failWrites) {
                        throw new IllegalStateException("the USB speaker was pulled out");
                    }
                    if (hold) {
                        hold = false;
                        writing.countDown();
                        try {
                            go.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    synchronized (Output.this) {
                        played.write(data, offset, length);
                    }
                }

                @Override
                public void flush() {
                    flushed++;
                }

                @Override
                public void close() {
                    closed++;
                }
            };
        }
    }
}
