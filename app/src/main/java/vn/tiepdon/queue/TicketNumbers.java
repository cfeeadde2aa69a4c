package vn.tiepdon.queue;

/** How a queue number is printed and called out. */
public final class TicketNumbers {

    private static final int MIN_DIGITS = 3;

    private TicketNumbers() {
    }

    /**
     * The prefix followed by the number padded to three digits, e.g. {@code A027}; numbers
     * past 999 simply grow ({@code A1000}) rather than wrapping, so no number repeats in a day.
     */
    public static String display(String prefix, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("ticket numbers start at 1, was " + number);
        }
        String digits = Integer.toString(number);
        String padding = "0".repeat(Math.max(0, MIN_DIGITS - digits.length()));
        return (prefix == null ? "" : prefix) + padding + digits;
    }
}
