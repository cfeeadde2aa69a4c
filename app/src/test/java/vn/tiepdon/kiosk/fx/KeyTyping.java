package vn.tiepdon.kiosk.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Types into a scene the way a keyboard, or a scanner in keyboard mode, reaches it: for every
 * character the key goes down, the character is typed, the key comes up, each event fired at the
 * focused node (or the scene) exactly as the scene dispatches keys it gets from the window
 * system, so scene filters and the focused control see them in the usual order.
 *
 * <p>Events are built here rather than through the robot because the robot can only press keys of
 * the test machine's layout, while a scanner delivers composed Vietnamese letters ("ễ") as the
 * typed character directly.
 */
public final class KeyTyping {

    private final Scene scene;

    public KeyTyping(Scene scene) {
        this.scene = scene;
    }

    /**
     * A scanner's burst: the whole line, then {@code terminator}, handed to the JavaFX thread
     * without pauses, as a USB keyboard's events queue up. Returns once they have been handled.
     */
    public void scan(String line, KeyCode terminator) {
        List<KeyEvent> events = new ArrayList<>();
        line.codePoints().mapToObj(Character::toString).forEach(c -> events.addAll(keystroke(c)));
        events.addAll(terminator(terminator));
        Platform.runLater(() -> events.forEach(this::fire));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A person typing: one keystroke, then a pause of {@code pauseMillis}, and so on. */
    public void slowly(String text, long pauseMillis) throws InterruptedException {
        for (String c : text.codePoints().mapToObj(Character::toString).toList()) {
            press(keystroke(c));
            Thread.sleep(pauseMillis);
        }
    }

    private void press(List<KeyEvent> events) {
        WaitForAsyncUtils.asyncFx(() -> events.forEach(this::fire));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fire(KeyEvent event) {
        Node focus = scene.getFocusOwner();
        EventTarget target = focus != null ? focus : scene;
        Event.fireEvent(target, event.copyFor(target, target));
    }

    private static List<KeyEvent> keystroke(String c) {
        KeyCode code = codeOf(c);
        boolean shift = !c.equals(c.toLowerCase(Locale.ROOT));
        String keyText = code == KeyCode.UNDEFINED ? "" : c;
        return List.of(
                new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, keyText, code, shift, false, false, false),
                new KeyEvent(KeyEvent.KEY_TYPED, c, "", KeyCode.UNDEFINED, shift, false, false, false),
                new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, keyText, code, shift, false, false, false));
    }

    /** Enter or Tab: the key, the control character it types, the key coming up. */
    private static List<KeyEvent> terminator(KeyCode code) {
        String typed = switch (code) {
            case ENTER -> "\r";
            case TAB -> "\t";
            default -> throw new IllegalArgumentException("Scanners end a line with Enter or Tab, not " + code);
        };
        return List.of(
                new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false),
                new KeyEvent(KeyEvent.KEY_TYPED, typed, "", KeyCode.UNDEFINED, false, false, false, false),
                new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
    }

    /** The key a US layout types {@code c} with; letters outside ASCII have none of their own. */
    private static KeyCode codeOf(String c) {
        if (c.equals(" ")) {
            return KeyCode.SPACE;
        }
        if (c.length() == 1 && c.charAt(0) < 128 && Character.isLetterOrDigit(c.charAt(0))) {
            return KeyCode.getKeyCode(c.toUpperCase(Locale.ROOT));
        }
        return c.equals("|") ? KeyCode.BACK_SLASH : KeyCode.UNDEFINED;
    }
}
