package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The detector driven with synthetic times. Each typed character is three events, as a keyboard
 * sends them: the key going down ({@code P:x}), the character ({@code T:x}) and the key coming up
 * ({@code R:x}) a millisecond later.
 */
class KeyboardScanDetectorTest {

    private static final String CCCD = "001090123456|123456789|Nguyễn Văn An|15081990|Nam|Số 12 Ngõ 34 Phố Láng Hạ, Hà Nội|20042021";
    private static final long MS = 1_000_000L;

    /** Records what the detector decided, and keeps time for the script. */
    private static final class Keyboard implements KeyboardScanDetector.Sink<String> {
        final List<String> scans = new ArrayList<>();
        final List<String> released = new ArrayList<>();
        final List<Integer> discarded = new ArrayList<>();
        final List<Boolean> terminatorsConsumed = new ArrayList<>();
        final KeyboardScanDetector<String> detector;
        long now = 1_000 * MS;

        Keyboard(KeyboardScanDetector.Settings settings) {
            detector = new KeyboardScanDetector<>(settings, this);
        }

        Keyboard() {
            this(KeyboardScanDetector.Settings.DEFAULT);
        }

        /** Types each character {@code gapMs} after the previous one. */
        Keyboard type(String text, long gapMs) {
            text.codePoints().mapToObj(Character::toString).forEach(c -> {
                now += gapMs * MS;
                detector.hold("P:" + c, now);
                detector.typed("T:" + c, c, now);
                detector.hold("R:" + c, now + MS);
            });
            return this;
        }

        /** Time passes with no key and no timer. */
        Keyboard pause(long ms) {
            now += ms * MS;
            return this;
        }

        Keyboard terminator(long gapMs) {
            now += gapMs * MS;
            terminatorsConsumed.add(detector.terminator(now));
            return this;
        }

        /** The timer firing {@code ms} after the last event. */
        Keyboard quiet(long ms) {
            now += ms * MS;
            detector.settle(now);
            return this;
        }

        @Override
        public void scan(String text) {
            scans.add(text);
        }

        @Override
        public void release(List<String> events) {
            released.addAll(events);
        }

        @Override
        public void discard(int characters) {
            discarded.add(characters);
        }

        String releasedText() {
            return released.stream().filter(e -> e.startsWith("T:")).map(e -> e.substring(2))
                    .reduce("", String::concat);
        }
    }

    record Case(String name, Consumer<Keyboard> script, List<String> scans, String releasedText,
                List<Integer> discarded, List<Boolean> terminatorsConsumed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("fast burst + Enter = scan", k -> k.type("001090123456", 8).terminator(3),
                        List.of("001090123456"), "", List.of(), List.of(true)),
                new Case("whole CCCD line with Vietnamese letters kept as typed", k -> k.type(CCCD, 2).terminator(2),
                        List.of(CCCD), "", List.of(), List.of(true)),
                new Case("scanner at Zebra's slowest keystroke delay (40 ms)", k -> k.type("079305001234", 40)
                        .terminator(40), List.of("079305001234"), "", List.of(), List.of(true)),
                new Case("slow typing + Enter = not a scan, typing released", k -> k.type("hello world", 180)
                        .terminator(200), List.of(), "hello world", List.of(), List.of(false)),
                new Case("fast typist with rolled pairs is still a person", k -> {
                    for (String pair : List.of("th", "is", " i", "s ", "fa", "st")) {
                        k.type(pair.substring(0, 1), 120).type(pair.substring(1), 35);
                    }
                    k.terminator(90);
                }, List.of(), "this is fast", List.of(), List.of(false)),
                new Case("short fast burst + Enter = not a scan", k -> k.type("1234567", 5).terminator(5),
                        List.of(), "1234567", List.of(), List.of(false)),
                new Case("burst without Enter, then quiet = dropped", k -> k.type("001090123456", 8).quiet(150),
                        List.of(), "", List.of(12), List.of()),
                new Case("Enter after the burst went quiet = dropped burst, Enter passes",
                        k -> k.type("001090123456", 8).terminator(300), List.of(), "", List.of(12), List.of(false)),
                new Case("person then scanner: typing released first, then the scan", k -> k.type("ab", 200).pause(200)
                        .type("079305001234", 6).terminator(6), List.of("079305001234"), "ab", List.of(), List.of(true)),
                new Case("scanner then person", k -> k.type("079305001234", 6).terminator(6).type("ok", 300)
                        .quiet(150), List.of("079305001234"), "ok", List.of(), List.of(true)),
                new Case("two scans in a row", k -> k.type("001090123456", 5).terminator(5)
                        .type("079305001234", 5).terminator(5),
                        List.of("001090123456", "079305001234"), "", List.of(), List.of(true, true)),
                new Case("scan stalls mid-line: first half dropped, the rest goes to the parser",
                        k -> k.type("0010901234", 5).pause(200).type("56|123456789", 5).terminator(5),
                        List.of("56|123456789"), "", List.of(10), List.of(true)),
                new Case("Enter alone passes", k -> k.terminator(100), List.of(), "", List.of(), List.of(false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tellsScansFromTyping(Case c) {
        Keyboard k = new Keyboard();

        c.script().accept(k);
        k.quiet(1_000);

        assertThat(k.scans).as("scans").isEqualTo(c.scans());
        assertThat(k.releasedText()).as("released typing").isEqualTo(c.releasedText());
        assertThat(k.discarded).as("dropped bursts").isEqualTo(c.discarded());
        assertThat(k.terminatorsConsumed).as("terminators consumed").isEqualTo(c.terminatorsConsumed());
        assertThat(k.detector.busy()).as("nothing left held").isFalse();
    }

    @Test
    void releasedTypingComesBackWholeAndInOrder() {
        Keyboard k = new Keyboard().type("ab", 150);

        k.quiet(150);

        assertThat(k.released).containsExactly("P:a", "T:a", "R:a", "P:b", "T:b", "R:b");
    }

    @Test
    void typingIsHeldUntilTheGapHasPassed() {
        Keyboard k = new Keyboard().type("a", 0);

        k.quiet(10);
        assertThat(k.released).as("might still be the start of a scan").isEmpty();
        assertThat(k.detector.busy()).isTrue();

        k.quiet(k.detector.quietAfter().toMillis());
        assertThat(k.released).containsExactly("P:a", "T:a", "R:a");
    }

    @Test
    void aTooLongLineIsSwallowedWholeButKeptOnlyUpToTheLimit() {
        Keyboard k = new Keyboard(new KeyboardScanDetector.Settings(8, Duration.ofMillis(50), 100));

        k.type("9".repeat(5_000), 1).terminator(1);

        assertThat(k.scans).singleElement().isEqualTo("9".repeat(100));
        assertThat(k.released).isEmpty();
    }

    @Test
    void aVeryLongScanWithinTheLimitIsKeptWhole() {
        Keyboard k = new Keyboard();
        String line = CCCD.repeat(120);

        k.type(line, 1).terminator(1);

        assertThat(line.length()).as("a 10 KB line").isGreaterThan(10_000);
        assertThat(k.scans).containsExactly(line);
    }

    @Test
    void theThresholdsAreConfigurable() {
        // A scanner set to a long inter-character delay for Alt-code (Unicode) typing.
        Keyboard slow = new Keyboard(new KeyboardScanDetector.Settings(4, Duration.ofMillis(150), 1_000));
        slow.type("ab12", 120).terminator(100);
        assertThat(slow.scans).containsExactly("ab12");

        Keyboard strict = new Keyboard(new KeyboardScanDetector.Settings(20, Duration.ofMillis(50), 1_000));
        strict.type("001090123456", 5).terminator(5);
        assertThat(strict.scans).isEmpty();
        assertThat(strict.releasedText()).isEqualTo("001090123456");
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new KeyboardScanDetector.Settings(0, Duration.ofMillis(50), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyboardScanDetector.Settings(8, Duration.ZERO, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyboardScanDetector.Settings(8, Duration.ofMillis(50), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
