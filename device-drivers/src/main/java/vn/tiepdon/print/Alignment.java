package vn.tiepdon.print;

/** Horizontal justification, numbered as ESC a numbers it. */
public enum Alignment {
    LEFT, CENTER, RIGHT;

    public int escPosValue() {
        return ordinal();
    }

    /** ESC a accepts 0–2 and the ASCII digits '0'–'2'; anything else counts as left, as printers do. */
    public static Alignment fromEscPos(int n) {
        return switch (n) {
            case 1, '1' -> CENTER;
            case 2, '2' -> RIGHT;
            default -> LEFT;
        };
    }
}
