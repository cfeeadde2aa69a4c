package vn.tiepdon.print.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The condition the emulated printer is in, and the DLE EOT bytes an Epson printer gives in it.
 * Every status byte has bits 1 and 4 set.
 */
public enum EmulatedState {
    READY, PAPER_NEAR_END, PAPER_OUT, COVER_OPEN, OFFLINE,
    /** Says nothing to DLE EOT, like a printer that does not support it or a one-way adapter. */
    NO_ANSWER;

    private static final int FIXED = 0b0001_0010;

    /** The answer to DLE EOT n; empty when this printer stays silent. */
    public OptionalInt answer(int n) {
        if (this == NO_ANSWER) {
            return OptionalInt.empty();
        }
        return switch (n) {
            case 1 -> OptionalInt.of(FIXED | (discardsPrinting() ? 0b0000_1000 : 0));
            case 2 -> OptionalInt.of(FIXED | (this == COVER_OPEN ? 0b0000_0100 : 0)
                    | (this == PAPER_OUT ? 0b0010_0000 : 0));
            case 3 -> OptionalInt.of(FIXED);
            case 4 -> OptionalInt.of(FIXED | switch (this) {
                case PAPER_NEAR_END -> 0b0000_1100;
                case PAPER_OUT -> 0b0110_1100;
                default -> 0;
            });
            default -> OptionalInt.empty();
        };
    }

    /** Out of paper, cover open or offline: what is sent is lost, as on a real printer. */
    public boolean discardsPrinting() {
        return this == PAPER_OUT || this == COVER_OPEN || this == OFFLINE;
    }

    /** Accepts {@code paper-out}, {@code PAPER_OUT}, {@code Paper Out}. */
    public static EmulatedState parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown printer state '" + text + "', use one of "
                    + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", ")));
        }
    }
}
