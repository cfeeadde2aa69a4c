package vn.tiepdon.kiosk.voice;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.config.VoiceSettings;

/**
 * Plays the recorded prompts on one daemon thread of its own, so neither the screens nor the patient flow ever wait
 * for the sound card. A new prompt cuts the one being said: the clip is written in short pieces, and the player
 * checks between pieces whether it is still wanted. The volume scales the samples themselves, which works on every
 * output, where a line's gain control exists on some sound systems and not on others.
 *
 * <p>Without an audio output the kiosk carries on silently: the first failure is logged, and each later prompt tries
 * the output again quietly, so speakers plugged in later are used.
 */
final class ClipSpeaker implements Speaker {

    /** The size of the pieces written: a new prompt cuts in within about this long. */
    static final int PIECE_MILLIS = 50;
    /**
     * What the line holds ahead of the speakers. Through PulseAudio's ALSA plugin (the default output of a Linux
     * desktop) a 200 ms line played a second of speech in more than two seconds on a busy two-core PC, half a second
     * in real time. A longer line makes no new prompt wait behind an old one: what a cut prompt left queued is
     * dropped from it.
     */
    static final int BUFFER_MILLIS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(ClipSpeaker.class);

    private final VoiceSettings settings;
    private final AudioOutput output;
    private final Clips clips;
    private final ExecutorService player;
    /** Counts say, stop and close: a piece is played only while the count is still the one it was asked under. */
    private final AtomicLong wish = new AtomicLong();

    // Only the player thread touches these.
    private AudioOutput.Line line;
    private AudioFormat lineFormat;
    private boolean outputMissing;

    ClipSpeaker(VoiceSettings settings, AudioOutput output, Clips clips) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.output = Objects.requireNonNull(output, "output");
        this.clips = Objects.requireNonNull(clips, "clips");
        this.player = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("voice").factory());
    }

    static ClipSpeaker onDefaultOutput(VoiceSettings settings) {
        return new ClipSpeaker(settings, new SystemAudio(), new Clips());
    }

    @Override
    public void say(Prompt prompt) {
        Objects.requireNonNull(prompt, "prompt");
        long mine = wish.incrementAndGet();
        if (settings.audible()) {
            run(() -> play(prompt, mine));
        }
    }

    @Override
    public void stop() {
        long mine = wish.incrementAndGet();
        run(() -> {
            if (mine == wish.get() && line != null) {
                line.flush();
            }
        });
    }

    @Override
    public void close() {
        wish.incrementAndGet();
        run(this::closeLine);
        player.shutdown();
    }

    /** Returns once everything asked before has been handed to the output: for tests and a speaker check. */
    void awaitPlayed() throws InterruptedException {
        try {
            player.submit(() -> { }).get();
        } catch (RejectedExecutionException e) {
            // Closed: what was asked before closing still finishes, letting go of the device last.
            player.awaitTermination(1, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an empty task failed", e);
        }
    }

    private void run(Runnable task) {
        try {
            player.execute(task);
        } catch (RejectedExecutionException e) {
            // Closed: the kiosk is shutting down, and nothing is said any more.
        }
    }

    private void play(Prompt prompt, long mine) {
        if (mine != wish.get()) {
            return; // Something newer was asked while this waited its turn.
        }
        Optional<Clips.Clip> clip = clips.clip(prompt);
        if (clip.isEmpty() || !lineFor(clip.get().format())) {
            return;
        }
        byte[] pcm = clip.get().pcm();
        AudioFormat format = clip.get().format();
        int frame = format.getFrameSize();
        int piece = Math.max(frame, (int) (format.getFrameRate() * PIECE_MILLIS / 1000) * frame);
        byte[] scaled = new byte[piece];
        for (int at = 0; at < pcm.length; at += piece) {
            if (mine != wish.get()) {
                line.flush(); // Cut short: drop what is queued, or the old prompt's end would be heard first.
                return;
            }
            int length = Math.min(piece, pcm.length - at);
            scale(pcm, at, scaled, length, settings.volume());
            try {
                line.write(scaled, 0, length);
            } catch (RuntimeException e) {
                // The device went away while speaking (a USB speaker pulled out): try afresh at the next prompt.
                missing(e.toString());
                closeLine();
                return;
            }
        }
    }

    /**
     * Multiplies 16-bit little-endian samples by {@code volume} percent. Never louder than recorded, so no sample
     * can overflow.
     */
    static void scale(byte[] from, int offset, byte[] to, int length, int volume) {
        for (int i = 0; i + 1 < length; i += 2) {
            int sample = (from[offset + i] & 0xff) | (from[offset + i + 1] << 8);
            int scaled = Math.round(sample * volume / 100f);
            to[i] = (byte) scaled;
            to[i + 1] = (byte) (scaled >> 8);
        }
    }

    /** Whether a line for {@code format} is open, opening one if needed. */
    private boolean lineFor(AudioFormat format) {
        if (line != null && format.matches(lineFormat)) {
            return true;
        }
        closeLine();
        int bufferBytes = (int) (format.getFrameRate() * BUFFER_MILLIS / 1000) * format.getFrameSize();
        try {
            line = output.open(format, bufferBytes);
        } catch (LineUnavailableException | RuntimeException e) {
            missing(e.toString());
            return false;
        }
        lineFormat = format;
        if (outputMissing) {
            LOG.info("Audio output found again: the kiosk speaks its prompts");
            outputMissing = false;
        }
        return true;
    }

    private void missing(String why) {
        if (!outputMissing) {
            LOG.warn("No audio output ({}): the kiosk carries on without its voice", why);
            outputMissing = true;
        }
    }

    private void closeLine() {
        if (line == null) {
            return;
        }
        try {
            line.close();
        } catch (RuntimeException e) {
            LOG.debug("Closing the audio output failed", e);
        }
        line = null;
        lineFormat = null;
    }
}
