package vn.tiepdon.kiosk.voice;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Where the samples go: the PC's audio output, or a recording of what was played in tests. Only the three things
 * {@link ClipSpeaker} does with a line, so a test needs no fake of the whole {@link SourceDataLine}.
 */
interface AudioOutput {

    /**
     * An open, started line for {@code format}.
     *
     * @param bufferBytes how much the line holds ahead: what is still heard after {@link Line#flush()}, at most
     * @throws LineUnavailableException no such output (no sound card, no speakers, the device is taken)
     */
    Line open(AudioFormat format, int bufferBytes) throws LineUnavailableException;

    /** An open output. */
    interface Line {

        /** Blocks until the bytes are queued for playing. */
        void write(byte[] data, int offset, int length);

        /** Drops what is queued but not yet heard. */
        void flush();

        void close();
    }
}
