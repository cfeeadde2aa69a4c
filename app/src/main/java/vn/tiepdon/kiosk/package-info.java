/**
 * The patient's path through the kiosk, without any UI toolkit.
 *
 * <p>{@link vn.tiepdon.kiosk.KioskFlow} is the view-model: it takes scans, touches and the passing of
 * time, reads identities, counts scans, has tickets issued on a worker, and tells listeners which
 * {@link vn.tiepdon.kiosk.KioskState} to show. {@link vn.tiepdon.kiosk.Texts} holds the words
 * (resource bundle {@code vn.tiepdon.kiosk.messages}, Vietnamese first).
 * {@link vn.tiepdon.kiosk.KeyboardScanDetector} tells a keyboard-mode scanner's burst from a person typing. The JavaFX screens that
 * render all this live in {@code vn.tiepdon.kiosk.fx}; nothing here may depend on JavaFX, so the
 * whole flow is tested in milliseconds.
 */
package vn.tiepdon.kiosk;
