package vn.tiepdon.kiosk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tells a scanner in USB keyboard ("keyboard wedge") mode from a person at a keyboard. Both arrive
 * as key events; the scanner types a whole line in a burst and ends it with Enter (or Tab).
 *
 * <p>Rule: at least {@link Settings#minLength()} characters, each within {@link Settings#maxGap()}
 * of the one before, followed within that gap by a terminator, are a scan. No person sustains
 * eight keystrokes under 50 ms apart (that is over 240 words a minute), while scanners type a
 * character every 1–20 ms, and 40 ms at their slowest standard "keystroke delay" setting.
 *
 * <p>Every key event that may belong to a character is held until it is clear which it is, so a
 * scan never types into whatever has focus. Held events that turn out to be a person typing are
 * handed back through {@link Sink#release} in their original order; a fast burst that never got
 * its terminator is dropped ({@link Sink#discard}), not released: it came from a scanner, and
 * fragments of an ID card typed into a screen help no one.
 *
 * <p>Pure logic without a clock or a UI toolkit: callers pass each event's time in nanoseconds and
 * call {@link #settle(long)} from a timer, so tests drive it with synthetic times.
 * Not thread-safe: use it on the UI thread.
 *
 * @param <E> the caller's key event, handed back unchanged when released
 */
public final class KeyboardScanDetector<E> {

    /**
     * @param minLength fewer characters than this are never a scan; the shortest ID payload is
     *                  a 12-digit number, so 8 leaves room without catching short typed words
     * @param maxGap    the longest pause between two characters of one scan
     * @param maxLength characters kept from one burst; beyond this the rest of the burst is still
     *                  swallowed but not kept, so a runaway scanner cannot fill the memory
     */
    public record Settings(int minLength, Duration maxGap, int maxLength) {

        public static final Settings DEFAULT = new Settings(8, Duration.ofMillis(50), 16 * 1024);

        public Settings {
            if (minLength < 1) {
                throw new IllegalArgumentException("minLength must be at least 1: " + minLength);
            }
            Objects.requireNonNull(maxGap, "maxGap");
            if (maxGap.isNegative() || maxGap.isZero()) {
                throw new IllegalArgumentException("maxGap must be positive: " + maxGap);
            }
            if (maxLength < minLength) {
                throw new IllegalArgumentException("maxLength " + maxLength + " < minLength " + minLength);
            }
        }
    }

    /** Where the detector's decisions go. Called synchronously from the method that decided. */
    public interface Sink<E> {

        /** A whole scan, as typed, without its terminator. */
        void scan(String text);

        /** Held events were a person typing: deliver them now, in this order. */
        void release(List<E> events);

        /** A fast burst of {@code characters} that never got its terminator: swallowed. */
        void discard(int characters);
    }

    private final Settings settings;
    private final long maxGapNanos;
    private final Sink<E> sink;

    /** Held events, kept only while the burst might still be a person typing. */
    private final List<E> held = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int characters;
    /** Time of the last character, or of the first held event before any character came. */
    private long lastActivity;

    public KeyboardScanDetector(Settings settings, Sink<E> sink) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.maxGapNanos = settings.maxGap().toNanos();
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    public Settings settings() {
        return settings;
    }

    /** True while events are held or a burst is under way: the caller should hold related events too. */
    public boolean busy() {
        return !held.isEmpty() || characters > 0;
    }

    /**
     * A key event that belongs to a character but carries none itself (the key going down or up).
     * Always held: the caller consumes it.
     */
    public void hold(E event, long nanos) {
        settle(nanos);
        if (!busy()) {
            lastActivity = nanos;
        }
        keep(event);
    }

    /**
     * A typed character (one key's text: a letter, possibly a composed Vietnamese one, a digit,
     * a space or punctuation). Always held: the caller consumes it.
     */
    public void typed(E event, String character, long nanos) {
        Objects.requireNonNull(character, "character");
        settle(nanos);
        keep(event);
        characters++;
        if (text.length() + character.length() <= settings.maxLength()) {
            text.append(character);
        }
        lastActivity = nanos;
        if (characters >= settings.minLength()) {
            // Too fast for a person: these events will never be released, so stop keeping them.
            held.clear();
        }
    }

    /**
     * Enter or Tab. Returns true when it ended a scan (the caller consumes it); false when it is
     * an ordinary key, after any held typing has been released ahead of it.
     */
    public boolean terminator(long nanos) {
        settle(nanos);
        if (characters >= settings.minLength()) {
            String scanned = text.toString();
            reset();
            sink.scan(scanned);
            return true;
        }
        releaseHeld();
        return false;
    }

    /**
     * Decides a burst that has gone quiet for longer than the gap: released if it was short
     * (typing), discarded if it was a scanner that sent no terminator. Call from a timer about
     * {@link #quietAfter()} after the last event; calling it early does nothing.
     */
    public void settle(long nanos) {
        if (!busy() || nanos - lastActivity <= maxGapNanos) {
            return;
        }
        if (characters >= settings.minLength()) {
            int dropped = characters;
            reset();
            sink.discard(dropped);
        } else {
            releaseHeld();
        }
    }

    /** How long after the last event {@link #settle(long)} is sure to decide. */
    public Duration quietAfter() {
        return settings.maxGap().multipliedBy(2);
    }

    private void keep(E event) {
        if (characters < settings.minLength()) {
            held.add(event);
        }
    }

    private void releaseHeld() {
        List<E> events = List.copyOf(held);
        reset();
        if (!events.isEmpty()) {
            sink.release(events);
        }
    }

    private void reset() {
        held.clear();
        text.setLength(0);
        characters = 0;
    }
}
