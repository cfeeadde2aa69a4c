package vn.tiepdon.kiosk.fx;

import static vn.tiepdon.kiosk.fx.Controls.label;
import static vn.tiepdon.kiosk.fx.Controls.staffButton;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tiepdon.admin.PinLockout;
import vn.tiepdon.kiosk.AdminConsole;
import vn.tiepdon.kiosk.Texts;

/** The touch keypad for the admin PIN: ten digits, delete, OK and cancel; the PIN shows as dots only. */
final class PinPad {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AdminConsole console;
    private final Runnable opened;
    private final VBox node;
    private final Label title = label("pinTitle", "", "admin-title");
    private final Label dots = label("pinDots", "", "pin-dots");
    private final Label message = label("pinMessage", "", "pin-message");
    private final Button delete;
    private final Button ok;
    private final Button cancel;
    private Texts texts;
    private boolean checking;

    /**
     * @param opened    runs when the right PIN was typed
     * @param cancelled runs when staff give up
     */
    PinPad(AdminConsole console, Texts texts, Runnable opened, Runnable cancelled) {
        this.console = console;
        this.texts = texts;
        this.opened = opened;
        GridPane keys = new GridPane();
        keys.getStyleClass().add("pin-keys");
        for (int digit = 1; digit <= 9; digit++) {
            keys.add(key(digit), (digit - 1) % 3, (digit - 1) / 3);
        }
        delete = staffButton("pinDelete", "", this::delete, "pin-key", "pin-delete");
        ok = staffButton("pinOk", "", this::submit, "pin-key", "pin-ok");
        cancel = staffButton("pinCancel", "", cancelled, "pin-cancel");
        keys.add(delete, 0, 3);
        keys.add(key(0), 1, 3);
        keys.add(ok, 2, 3);
        keys.setAlignment(Pos.CENTER);
        dots.setAlignment(Pos.CENTER);
        HBox bottom = new HBox(cancel);
        bottom.setAlignment(Pos.CENTER);
        node = new VBox(title, dots, message, keys, bottom);
        node.setId("pinPad");
        node.getStyleClass().add("pin-pad");
        node.setAlignment(Pos.TOP_CENTER);
        node.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        setTexts(texts);
    }

    Node node() {
        return node;
    }

    void setTexts(Texts texts) {
        this.texts = texts;
        title.setText(texts.get("admin.pin.title"));
        delete.setText(texts.get("admin.pin.delete"));
        ok.setText(texts.get("admin.pin.ok"));
        cancel.setText(texts.get("admin.pin.cancel"));
    }

    /** Back to an empty keypad with the opening prompt, as each time the screen is opened. */
    void reset() {
        console.pin().clear();
        message.setText(texts.get("admin.pin.prompt"));
        message.pseudoClassStateChanged(AdminScreen.TROUBLE, false);
        showDots();
    }

    private Button key(int digit) {
        return staffButton("pinDigit" + digit, Integer.toString(digit), () -> {
            console.pin().digit(digit);
            showDots();
        }, "pin-key");
    }

    private void delete() {
        console.pin().delete();
        showDots();
    }

    private void showDots() {
        // A space keeps the row's height when nothing is typed.
        dots.setText(console.pin().length() == 0 ? " " : console.pin().dots());
    }

    private void submit() {
        if (checking || console.pin().length() == 0) {
            return;
        }
        checking = true;
        message.setText(texts.get("admin.pin.checking"));
        console.submitPin(this::answer);
        showDots();
    }

    private void answer(PinLockout.Attempt attempt) {
        checking = false;
        switch (attempt) {
            case PinLockout.Attempt.Accepted accepted -> {
                reset();
                opened.run();
            }
            case PinLockout.Attempt.Refused refused -> trouble(texts.get("admin.pin.wrong",
                    refused.triesLeftBeforeLock()));
            case PinLockout.Attempt.Locked locked -> trouble(texts.get("admin.pin.locked",
                    UNTIL.format(LocalDateTime.ofInstant(locked.until(), ZoneId.systemDefault()))));
        }
    }

    private void trouble(String text) {
        message.setText(text);
        message.pseudoClassStateChanged(AdminScreen.TROUBLE, true);
    }
}
