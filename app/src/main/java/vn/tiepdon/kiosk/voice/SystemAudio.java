package vn.tiepdon.kiosk.voice;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** The default output of the PC's sound system, through {@code javax.sound.sampled}: no library, no engine. */
final class SystemAudio implements AudioOutput {

    @Override
    public Line open(AudioFormat format, int bufferBytes) throws LineUnavailableException {
        SourceDataLine line;
        try {
            line = AudioSystem.getSourceDataLine(format);
            line.open(format, bufferBytes);
        } catch (IllegalArgumentException | SecurityException e) {
            // A PC without any mixer, or one that cannot play this format, says so with these: no output all the same.
            throw (LineUnavailableException) new LineUnavailableException(e.getMessage()).initCause(e);
        }
        line.start();
        return new Line() {
            @Override
            public void write(byte[] data, int offset, int length) {
                line.write(data, offset, length);
            }

            @Override
            public void flush() {
                line.flush();
            }

            @Override
            public void close() {
                line.stop();
                line.flush();
                line.close();
            }
        };
    }
}
