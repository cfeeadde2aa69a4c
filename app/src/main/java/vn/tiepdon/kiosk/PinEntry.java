package vn.tiepdon.kiosk;

/**
 * The digits typed on the admin screen's keypad. Only their count leaves this class for the screen ({@link #dots()}):
 * someone looking over IT's shoulder sees dots, never the PIN.
 */
public final class PinEntry {

    /** As long as the longest PIN {@link vn.tiepdon.admin.AdminPin} accepts. */
    public static final int MAX_DIGITS = 12;

    private final StringBuilder typed = new StringBuilder(MAX_DIGITS);

    /** Adds a digit 0–9; beyond {@value #MAX_DIGITS} digits, or anything else, is ignored. */
    public void digit(int digit) {
        if (digit >= 0 && digit <= 9 && typed.length() < MAX_DIGITS) {
            typed.append((char) ('0' + digit));
        }
    }

    public void delete() {
        if (!typed.isEmpty()) {
            typed.setLength(typed.length() - 1);
        }
    }

    public int length() {
        return typed.length();
    }

    /** One dot per digit typed. */
    public String dots() {
        return "●".repeat(typed.length());
    }

    /** Hands the PIN over once and forgets it. */
    String take() {
        String pin = typed.toString();
        typed.setLength(0);
        return pin;
    }

    public void clear() {
        typed.setLength(0);
    }
}
