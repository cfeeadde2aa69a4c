package vn.tiepdon.payment;

import java.nio.charset.StandardCharsets;

/** What the LEN of an EMVCo data object counts. */
enum LengthUnit {

    /** Characters (code points), as EMVCo and NAPAS define it. */
    CHARACTERS,
    /** UTF-8 bytes, as some generators count: the same as characters until a Vietnamese letter comes. */
    UTF8_BYTES;

    /** {@code text} cut into this unit. */
    Units of(String text) {
        if (this == CHARACTERS) {
            int[] points = text.codePoints().toArray();
            return new Units(points.length, (from, count) -> new String(points, from, count));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Units(bytes.length, (from, count) -> new String(bytes, from, count, StandardCharsets.UTF_8));
    }

    /**
     * A text as {@code size} units; {@code slice} gives units [from, from + count) as text. Bytes that cut a
     * character become U+FFFD there; no check is needed, since the next ID then starts mid-character and is never
     * two digits.
     */
    record Units(int size, Slice slice) {
        String text(int from, int count) {
            return slice.text(from, count);
        }
    }

    @FunctionalInterface
    interface Slice {
        String text(int from, int count);
    }
}
