package vn.tiepdon.kiosk.fx;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/** Small factories so every screen builds its buttons and labels the same way. */
final class Controls {

    private Controls() {
    }

    static Label label(String id, String text, String... styleClasses) {
        Label label = new Label(text);
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static final String STAFF_STYLESHEET = "/vn/tiepdon/kiosk/admin.css";

    /** The staff side's own style sheet, read the first time staff open it rather than before the first screen. */
    static void staffStyles(javafx.scene.Parent staffSide) {
        java.net.URL css = java.util.Objects.requireNonNull(Controls.class.getResource(STAFF_STYLESHEET),
                STAFF_STYLESHEET);
        staffSide.getStylesheets().add(css.toExternalForm());
    }

    /** A large touch target; {@code action} runs when it is pressed. */
    static Button button(String id, String text, Runnable action, String... styleClasses) {
        Button button = staffButton(id, text, action, styleClasses);
        button.getStyleClass().add(1, "big-button"); // after "button", as before
        return button;
    }

    /** A button for staff screens: sized by its style class, not held to the patient screens' big-button size. */
    static Button staffButton(String id, String text, Runnable action, String... styleClasses) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll(styleClasses);
        button.setWrapText(true);
        button.setAlignment(Pos.CENTER);
        button.setTextAlignment(TextAlignment.CENTER);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
