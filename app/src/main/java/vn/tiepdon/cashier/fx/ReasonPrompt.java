package vn.tiepdon.cashier.fx;

import static vn.tiepdon.cashier.fx.Labels.bilingual;
import static vn.tiepdon.cashier.fx.Labels.button;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.tiepdon.cashier.Bilingual;
import vn.tiepdon.cashier.CashierTexts;

/**
 * Asks the cashier why, before a bill is cancelled or closed by hand. Inside the window rather than a separate
 * dialog window, so it can never open behind the customer display on the wrong screen. Confirm stays disabled
 * until a reason is written.
 */
final class ReasonPrompt {

    private final StackPane veil = new StackPane();
    private final VBox box = new VBox();
    private final TextArea reason = new TextArea();
    private final Button ok;
    private final Button back;
    private final CashierTexts texts;
    private Consumer<String> onConfirm = r -> { };

    ReasonPrompt(CashierTexts texts) {
        this.texts = texts;
        reason.setId("reasonField");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        ok = button("reasonOk", texts.get("reason.ok").vi(), "primary");
        back = button("reasonBack", texts.get("reason.back").vi());
        ok.disableProperty().bind(reason.textProperty().map(t -> t == null || t.isBlank()));
        ok.setOnAction(e -> {
            String written = reason.getText().strip();
            hide();
            onConfirm.accept(written);
        });
        back.setOnAction(e -> hide());
        HBox buttons = new HBox(10, back, ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("reason-prompt");
        box.setId("reasonBox");
        veil.getChildren().add(box);
        veil.getStyleClass().add("reason-veil");
        veil.setId("reasonPrompt");
        veil.setVisible(false);
        box.getChildren().setAll(buttons);
    }

    Node node() {
        return veil;
    }

    boolean isShowing() {
        return veil.isVisible();
    }

    /** @param title what is being done to which bill; {@code confirm} gets the reason written */
    void ask(Bilingual title, Consumer<String> confirm) {
        ask(title, texts.get("reason.hint"), confirm);
    }

    /** @param hint an example of what to write, when the usual one does not fit the action */
    void ask(Bilingual title, Bilingual hint, Consumer<String> confirm) {
        onConfirm = confirm;
        reason.clear();
        reason.setPromptText(hint.vi());
        HBox buttons = (HBox) box.getChildren().getLast();
        box.getChildren().setAll(
                bilingual("reasonTitle", title, Pos.CENTER_LEFT, "cashier-title", "cashier-en"),
                bilingual("reasonLabel", texts.get("reason.label"), Pos.CENTER_LEFT, "cashier-label", "cashier-en"),
                reason,
                bilingual("reasonHint", hint, Pos.CENTER_LEFT, "cashier-label", "cashier-en"),
                buttons);
        veil.setVisible(true);
        reason.requestFocus();
    }

    private void hide() {
        veil.setVisible(false);
    }
}
