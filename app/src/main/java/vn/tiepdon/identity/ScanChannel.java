package vn.tiepdon.identity;

/**
 * How the bytes of a scan reached the kiosk. The channel changes what the reader may forgive:
 * a scanner typing as a keyboard loses Vietnamese letters, a serial scanner does not.
 */
public enum ScanChannel {
    /** Virtual COM (CDC-ACM) or HID-POS: the scanner's own bytes. */
    SERIAL,
    /**
     * Keyboard-wedge (USB HID keyboard): the characters the scanner typed, handed over as UTF-8.
     * Letters outside ASCII may have been dropped or typed as {@code ?}.
     */
    KEYBOARD
}
