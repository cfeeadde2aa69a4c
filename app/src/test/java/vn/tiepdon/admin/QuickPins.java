package vn.tiepdon.admin;

/** PINs hashed with few iterations, so screen tests type many PINs without waiting half a second each. */
public final class QuickPins {

    private QuickPins() {
    }

    public static AdminPin of(String pin) {
        return AdminPin.create(pin, 1_000);
    }
}
