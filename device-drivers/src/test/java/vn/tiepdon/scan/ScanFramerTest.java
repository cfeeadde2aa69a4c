package vn.tiepdon.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScanFramerTest {

    private static final Duration GAP = Duration.ofMillis(50);
    private static final Duration STALE = Duration.ofMillis(2000);
    private static final int BIG = 1024;
    private static final byte[] NAME = "Nguyễn Văn An".getBytes(StandardCharsets.UTF_8);

    /** A chunk arriving at a time, or (bytes == null) an idle check at that time. */
    record Step(byte[] bytes, long atMillis) {
    }

    record Case(String name, Framing framing, int maxBytes, List<Step> steps, List<byte[]> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Step at(long millis, String text) {
        return new Step(text.getBytes(StandardCharsets.UTF_8), millis);
    }

    static Step at(long millis, byte[] bytes) {
        return new Step(bytes, millis);
    }

    static Step idleCheck(long millis) {
        return new Step(null, millis);
    }

    static Case framing(String name, Framing framing, List<Step> steps, String... expected) {
        return new Case(name, framing, BIG, steps,
                Arrays.stream(expected).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
    }

    static Stream<Case> cases() {
        return Stream.of(
                framing("CR ends a scan", Framing.CR, List.of(at(0, "abc\r")), "abc"),
                framing("LF ends a scan", Framing.LF, List.of(at(0, "abc\n")), "abc"),
                framing("CRLF ends a scan", Framing.CRLF, List.of(at(0, "abc\r\n")), "abc"),
                framing("CRLF keeps a lone CR inside", Framing.CRLF, List.of(at(0, "a\rb\r\n")), "a\rb"),
                framing("LF keeps a CR inside", Framing.LF, List.of(at(0, "a\rb\n")), "a\rb"),
                framing("GAP keeps CR and LF inside", Framing.GAP,
                        List.of(at(0, "a\rb\nc"), idleCheck(60)), "a\rb\nc"),
                framing("one scan split over chunks", Framing.CR,
                        List.of(at(0, "ab"), at(1, "c"), at(2, "d\r")), "abcd"),
                framing("several scans in one chunk", Framing.CR, List.of(at(0, "a\rbb\rccc\r")), "a", "bb", "ccc"),
                framing("several scans in one chunk, CRLF", Framing.CRLF,
                        List.of(at(0, "a\r\nbb\r\n")), "a", "bb"),
                framing("end of one scan and start of the next in one chunk", Framing.LF,
                        List.of(at(0, "ab"), at(1, "c\nde"), at(2, "f\n")), "abc", "def"),
                framing("CR framing swallows the LF of a CRLF scanner", Framing.CR,
                        List.of(at(0, "a\r\nb\r\n")), "a", "b"),
                framing("CR framing swallows an LF arriving in the next chunk", Framing.CR,
                        List.of(at(0, "a\r"), at(1, "\nb\r"), at(2, "\n")), "a", "b"),
                framing("CR framing keeps an LF that does not follow a CR", Framing.CR,
                        List.of(at(0, "a\nb\r")), "a\nb"),
                framing("LF framing drops the CR of a CRLF scanner", Framing.LF,
                        List.of(at(0, "a\r\nb\r\n")), "a", "b"),
                framing("CRLF split between CR and LF", Framing.CRLF, List.of(at(0, "abc\r"), at(1, "\n")), "abc"),
                framing("empty frames are dropped (CR)", Framing.CR, List.of(at(0, "\r\r\ra\r\r")), "a"),
                framing("empty frames are dropped (LF)", Framing.LF, List.of(at(0, "\n\n")), new String[0]),
                framing("empty frames are dropped (CRLF)", Framing.CRLF, List.of(at(0, "\r\n\r\nx\r\n")), "x"),
                framing("multibyte character split over chunks stays byte-exact", Framing.CR,
                        List.of(at(0, Arrays.copyOfRange(NAME, 0, 5)), at(1, Arrays.copyOfRange(NAME, 5, NAME.length)),
                                at(2, "\r")),
                        "Nguyễn Văn An"),
                framing("GAP waits for the gap", Framing.GAP,
                        List.of(at(0, "abc"), at(10, "def"), idleCheck(59)), new String[0]),
                framing("GAP ends a scan after the gap", Framing.GAP,
                        List.of(at(0, "abc"), at(10, "def"), idleCheck(60)), "abcdef"),
                framing("GAP separates two scans even without an idle check between", Framing.GAP,
                        List.of(at(0, "abc"), at(100, "def"), idleCheck(200)), "abc", "def"),
                framing("GAP idle check with nothing pending emits nothing", Framing.GAP,
                        List.of(idleCheck(0), idleCheck(1000)), new String[0]),
                framing("unterminated bytes wait below the stale time", Framing.CR,
                        List.of(at(0, "abc"), idleCheck(1999)), new String[0]),
                framing("unterminated bytes are emitted after the stale time", Framing.CR,
                        List.of(at(0, "abc\t"), idleCheck(2000), at(2100, "def\t"), idleCheck(4200)),
                        "abc\t", "def\t"),
                new Case("runaway frame is emitted at the limit", Framing.CR, 8,
                        List.of(at(0, "0123456789ab\r")),
                        List.of("01234567".getBytes(StandardCharsets.US_ASCII), "89ab".getBytes(StandardCharsets.US_ASCII))),
                new Case("runaway frame over several chunks", Framing.GAP, 4,
                        List.of(at(0, "012"), at(1, "345"), idleCheck(100)),
                        List.of("0123".getBytes(StandardCharsets.US_ASCII), "45".getBytes(StandardCharsets.US_ASCII))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void framesTheStream(Case c) {
        ScanFramer framer = new ScanFramer(c.framing(), GAP, STALE, c.maxBytes());
        List<byte[]> frames = new ArrayList<>();
        for (Step step : c.steps()) {
            long nanos = Duration.ofMillis(step.atMillis()).toNanos();
            if (step.bytes() == null) {
                framer.flushIfIdle(nanos).ifPresent(frames::add);
            } else {
                frames.addAll(framer.feed(step.bytes(), step.bytes().length, nanos));
            }
        }
        assertThat(frames).map(ScanFramerTest::hex).containsExactlyElementsOf(c.expected().stream()
                .map(ScanFramerTest::hex).toList());
    }

    @Test
    void usesOnlyTheGivenCountOfTheChunk() {
        ScanFramer framer = new ScanFramer(Framing.CR, GAP);
        byte[] chunk = "ab\rXYZ\r".getBytes(StandardCharsets.US_ASCII);

        assertThat(framer.feed(chunk, 3, 0)).map(ScanFramerTest::hex).containsExactly(hex(new byte[] {'a', 'b'}));
        assertThat(framer.hasPending()).isFalse();
    }

    @Test
    void flushEmitsAPartialScanOnce() {
        ScanFramer framer = new ScanFramer(Framing.CR, GAP);
        framer.feed("half".getBytes(StandardCharsets.US_ASCII), 4, 0);

        assertThat(framer.hasPending()).isTrue();
        assertThat(framer.flush()).map(ScanFramerTest::hex).contains(hex("half".getBytes(StandardCharsets.US_ASCII)));
        assertThat(framer.flush()).isEmpty();
    }

    @Test
    void timesNearTheEndOfTheNanoTimeRangeStillWork() {
        ScanFramer framer = new ScanFramer(Framing.GAP, GAP);
        long start = Long.MAX_VALUE - Duration.ofMillis(10).toNanos();
        framer.feed(new byte[] {'x'}, 1, start);

        assertThat(framer.flushIfIdle(start + Duration.ofMillis(20).toNanos())).isEmpty();
        assertThat(framer.flushIfIdle(start + Duration.ofMillis(60).toNanos())).isPresent();
    }

    @Test
    void refusesNonsenseLimits() {
        assertThatThrownBy(() -> new ScanFramer(Framing.GAP, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScanFramer(Framing.CR, GAP, STALE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
