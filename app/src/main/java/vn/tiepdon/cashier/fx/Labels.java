package vn.tiepdon.cashier.fx;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import vn.tiepdon.cashier.Bilingual;

/**
 * Labels built the same way everywhere: wrapped, never cut with an ellipsis, with an id tests and support look for;
 * and the buttons, so the window's and the reason prompt's look alike.
 */
final class Labels {

    private Labels() {
    }

    static Label label(String id, String text, String... styleClasses) {
        Label label = new Label(text);
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** Vietnamese, and the English line below it in smaller, softer type. */
    static VBox bilingual(String id, Bilingual text, Pos alignment, String viClass, String enClass) {
        Label vi = label(id, text.vi(), viClass);
        Label en = label(id == null ? null : id + "En", text.en(), enClass);
        for (Label l : new Label[] {vi, en}) {
            l.setAlignment(alignment);
            l.setTextAlignment(alignment.getHpos() == javafx.geometry.HPos.CENTER ? TextAlignment.CENTER
                    : TextAlignment.LEFT);
        }
        VBox box = new VBox(vi, en);
        box.setAlignment(alignment);
        box.setFillWidth(true);
        return box;
    }

    /** Sized and coloured by its style classes: white with a blue edge unless told "primary", "brand" or "warn". */
    static Button button(String id, String text, String... styleClasses) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("cashier-button");
        button.getStyleClass().addAll(styleClasses);
        return button;
    }
}
