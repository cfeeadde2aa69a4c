package vn.tiepdon.print.sim;

import java.util.HexFormat;
import java.util.Locale;
import vn.tiepdon.print.Alignment;
import vn.tiepdon.print.BitImage;

/** One thing found in an ESC/POS byte stream. {@link #toString()} is the line written to a ticket's .txt. */
public sealed interface EscPosElement {

    /** ESC @ */
    record Init() implements EscPosElement {
        @Override
        public String toString() {
            return "INIT";
        }
    }

    /** ESC a n */
    record Align(Alignment alignment) implements EscPosElement {
        @Override
        public String toString() {
            return "ALIGN " + name(alignment);
        }
    }

    /** GS ! n */
    record CharSize(int width, int height) implements EscPosElement {
        @Override
        public String toString() {
            return "SIZE " + width + "x" + height;
        }
    }

    /** ESC E n */
    record Bold(boolean on) implements EscPosElement {
        @Override
        public String toString() {
            return "BOLD " + (on ? "on" : "off");
        }
    }

    /** Characters printed in the printer's font, with the settings in force when they were printed. */
    record Text(String text, int width, int height, boolean bold, Alignment alignment) implements EscPosElement {
        @Override
        public String toString() {
            return "TEXT size=" + width + "x" + height + (bold ? " bold" : "") + " align=" + name(alignment)
                    + " \"" + text + "\"";
        }
    }

    /** GS v 0: one band of a raster image. */
    record Raster(BitImage image, int mode, Alignment alignment) implements EscPosElement {
        @Override
        public String toString() {
            return "RASTER " + image.widthDots() + "x" + image.height() + (mode == 0 ? "" : " mode=" + mode);
        }
    }

    /** ESC d n */
    record Feed(int lines) implements EscPosElement {
        @Override
        public String toString() {
            return "FEED " + lines;
        }
    }

    /** GS V: {@code feedDots} is 0 for the forms without feed. */
    record Cut(boolean partial, int feedDots) implements EscPosElement {
        @Override
        public String toString() {
            return "CUT " + (partial ? "partial" : "full") + (feedDots > 0 ? " feed=" + feedDots : "");
        }
    }

    /** DLE EOT n */
    record StatusRequest(int n) implements EscPosElement {
        @Override
        public String toString() {
            return "STATUS " + n;
        }
    }

    /** A command the emulator does not render: skipped, with its parameters, and noted. */
    record Unknown(byte[] bytes, String name) implements EscPosElement {
        @Override
        public String toString() {
            return "UNKNOWN " + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes)
                    + (name.isEmpty() ? "" : " (" + name + ")");
        }
    }

    /** The stream ended in the middle of a command. */
    record Truncated(String command) implements EscPosElement {
        @Override
        public String toString() {
            return "TRUNCATED " + command;
        }
    }

    private static String name(Alignment alignment) {
        return alignment.name().toLowerCase(Locale.ROOT);
    }

    /** Whether the element puts something on paper (as opposed to settings and requests). */
    static boolean prints(EscPosElement element) {
        return element instanceof Text || element instanceof Raster || element instanceof Feed
                || element instanceof Cut;
    }
}
