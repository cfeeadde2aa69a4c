package vn.tiepdon.kiosk.fx;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.kiosk.KeyboardScanDetector;
import vn.tiepdon.kiosk.KioskTimer;

/**
 * Reads a scanner in USB keyboard ("keyboard wedge") mode from the kiosk window's key events,
 * whatever has focus, and keeps its keystrokes out of every widget.
 *
 * <p>A scene-level event filter holds each key event that may be part of a line of text and lets
 * {@link KeyboardScanDetector} decide: a scan goes to {@code scans}; a person typing gets their
 * keystrokes back, re-fired at the focused node in the original order, about 0.1 s late. Holding
 * first is what keeps the first characters of a scan from reaching a text field or pressing a
 * focused button (a space in a name would "click" it) before the burst can be recognised.
 *
 * <p>Keys with Ctrl, Alt or Meta held (the staff key Ctrl+Shift+A among them), modifier keys, and
 * events another filter already consumed are never touched. The JavaFX thread stamps each event
 * when it handles it (key events carry no time of their own), so a JavaFX thread busy for longer
 * than the gap can split a scan; the patient then scans again.
 */
final class KeyboardWedge implements KeyboardScanDetector.Sink<KeyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(KeyboardWedge.class);

    private final Scene scene;
    private final Consumer<String> scans;
    private final KioskTimer timer;
    private final LongSupplier nanoTime;
    private final KeyboardScanDetector<KeyEvent> detector;
    private KioskTimer.Cancellable pendingSettle = KioskTimer.Cancellable.NONE;
    /** True while held keystrokes are being re-fired, so this filter lets them through. */
    private boolean releasing;
    /** The Enter or Tab that ended a scan: its typed character and key-up are swallowed too. */
    private KeyCode endedScan;

    private KeyboardWedge(Scene scene, Consumer<String> scans, KioskTimer timer, LongSupplier nanoTime,
                          KeyboardScanDetector.Settings settings) {
        this.scene = scene;
        this.scans = scans;
        this.timer = timer;
        this.nanoTime = nanoTime;
        this.detector = new KeyboardScanDetector<>(settings, this);
    }

    /**
     * Starts listening to the scene's keys. Call on the JavaFX thread.
     *
     * @param scans    receives each scan as typed, on the JavaFX thread
     * @param timer    decides a burst that went quiet (runs on the JavaFX thread)
     * @param nanoTime the clock events are stamped with ({@code System::nanoTime})
     */
    static KeyboardWedge install(Scene scene, Consumer<String> scans, KioskTimer timer, LongSupplier nanoTime,
                                 KeyboardScanDetector.Settings settings) {
        KeyboardWedge wedge = new KeyboardWedge(Objects.requireNonNull(scene, "scene"),
                Objects.requireNonNull(scans, "scans"), Objects.requireNonNull(timer, "timer"),
                Objects.requireNonNull(nanoTime, "nanoTime"), Objects.requireNonNull(settings, "settings"));
        scene.addEventFilter(KeyEvent.ANY, wedge::filter);
        return wedge;
    }

    private void filter(KeyEvent e) {
        if (releasing || e.isConsumed() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            keyTyped(e, now);
        } else if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            keyPressed(e, now);
        } else if (e.getEventType() == KeyEvent.KEY_RELEASED) {
            keyReleased(e, now);
        }
    }

    private void keyPressed(KeyEvent e, long now) {
        KeyCode code = e.getCode();
        endedScan = null;
        if (code == KeyCode.ENTER || code == KeyCode.TAB) {
            if (detector.terminator(now)) {
                endedScan = code;
                e.consume();
            }
            return;
        }
        if (code.isModifierKey() || code == KeyCode.CAPS || code == KeyCode.NUM_LOCK) {
            return;
        }
        holdEvent(e, now);
    }

    private void keyTyped(KeyEvent e, long now) {
        String character = e.getCharacter();
        if (character.isEmpty() || character.equals(KeyEvent.CHAR_UNDEFINED)) {
            return;
        }
        if (Character.isISOControl(character.codePointAt(0))) {
            if (endedScan != null) {
                e.consume();
            } else if (detector.busy()) {
                holdEvent(e, now);
            }
            return;
        }
        detector.typed(e, character, now);
        e.consume();
        settleLater();
    }

    private void keyReleased(KeyEvent e, long now) {
        if (endedScan != null && e.getCode() == endedScan) {
            endedScan = null;
            e.consume();
        } else if (detector.busy() && !e.getCode().isModifierKey()) {
            holdEvent(e, now);
        }
    }

    private void holdEvent(KeyEvent e, long now) {
        detector.hold(e, now);
        e.consume();
        settleLater();
    }

    private void settleLater() {
        pendingSettle.cancel();
        pendingSettle = timer.schedule(detector.quietAfter(), () -> detector.settle(nanoTime.getAsLong()));
    }

    @Override
    public void scan(String text) {
        LOG.info("Keyboard scan of {} characters", text.length());
        scans.accept(text);
    }

    @Override
    public void release(List<KeyEvent> events) {
        releasing = true;
        try {
            for (KeyEvent event : events) {
                // To whatever has focus now, as the keyboard would have delivered it.
                Node focus = scene.getFocusOwner();
                EventTarget target = focus != null ? focus : scene;
                Event.fireEvent(target, event.copyFor(target, target));
            }
        } finally {
            releasing = false;
        }
    }

    @Override
    public void discard(int characters) {
        LOG.warn("Keyboard burst of {} characters without Enter dropped: set the scanner's suffix to Enter",
                characters);
    }
}
