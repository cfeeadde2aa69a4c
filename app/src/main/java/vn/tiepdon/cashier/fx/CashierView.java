package vn.tiepdon.cashier.fx;

import static vn.tiepdon.cashier.fx.Labels.bilingual;
import static vn.tiepdon.cashier.fx.Labels.label;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.tiepdon.cashier.ActionResult;
import vn.tiepdon.cashier.CashierBoard;
import vn.tiepdon.cashier.CashierTexts;
import vn.tiepdon.cashier.LateRow;
import vn.tiepdon.cashier.WaitingRow;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.VietnameseAmount;

/**
 * The cashier's window: a new request on top, the bills still waiting below with what can be done to them, money
 * that came late for a closed bill (only while some is not dealt with), the last action's answer, and, when there
 * is no second screen, the customer display on the right. Create and use it on the JavaFX thread.
 */
public final class CashierView {

    static final String STYLESHEET = "/vn/tiepdon/cashier/cashier.css";

    private final CashierBoard board;
    private final CashierTexts texts;
    private final StackPane root = new StackPane();
    private final TextField amount = field("amountField");
    private final TextField bill = field("billField");
    private final TextField purpose = field("purposeField");
    private final ListView<WaitingRow> waiting = new ListView<>();
    private final ListView<LateRow> late = new ListView<>();
    private final VBox lateSection = new VBox(6);
    private final Label messageVi = label("messageVi", "", "message");
    private final Label messageEn = label("messageEn", "", "cashier-en");
    private final ReasonPrompt reasonPrompt;
    /** The second the rows' countdowns show; cells follow it, so ticking never rebuilds the list under a click. */
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();

    private CashierView(CashierBoard board, Optional<Node> display) {
        this.board = board;
        this.texts = board.texts();
        this.reasonPrompt = new ReasonPrompt(texts);
        VBox side = new VBox(newRequest(), waitingList(), actions(), lateTransfers(),
                new VBox(messageVi, messageEn));
        side.getStyleClass().add("cashier-side");
        VBox.setVgrow(side.getChildren().get(1), Priority.ALWAYS);
        BorderPane frame = new BorderPane();
        if (display.isPresent()) {
            StackPane pane = new StackPane(display.get());
            pane.getStyleClass().add("display-pane");
            pane.setId("displayPane");
            frame.setLeft(side);
            frame.setCenter(pane);
        } else {
            frame.setCenter(side);
        }
        root.getChildren().addAll(frame, reasonPrompt.node());
        root.getStyleClass().add("cashier");
        root.setId("cashierRoot");
        root.getStylesheets().add(stylesheet());
        board.addListener(this::showRows);
        board.addNewsListener(this::show);
        showRows();
    }

    /**
     * @param display the customer display's node to show on the right, or empty when it has a screen of its own
     */
    public static CashierView create(CashierBoard board, Optional<Node> display) {
        return new CashierView(Objects.requireNonNull(board, "board"), Objects.requireNonNull(display, "display"));
    }

    public Parent root() {
        return root;
    }

    /** Redraws the time left on each row; the board itself re-reads when a code runs out. */
    public void tick() {
        board.tick();
        now.set(board.desk().clock().instant().truncatedTo(ChronoUnit.SECONDS));
    }

    static String stylesheet() {
        URL css = Objects.requireNonNull(CashierView.class.getResource(STYLESHEET), STYLESHEET);
        return css.toExternalForm();
    }

    private Node newRequest() {
        GridPane form = new GridPane();
        form.getStyleClass().add("cashier-form");
        form.addRow(0, caption("cashier.amount"), amount);
        form.addRow(1, caption("cashier.bill"), bill);
        form.addRow(2, caption("cashier.purpose"), purpose);
        GridPane.setHgrow(amount, Priority.ALWAYS);
        Button create = button("createButton", "cashier.create", this::create);
        create.getStyleClass().add("primary");
        create.setDefaultButton(true);
        form.add(create, 1, 3);
        return new VBox(6, bilingual("newRequestTitle", texts.get("cashier.newRequest"), Pos.CENTER_LEFT,
                "cashier-title", "cashier-en"), form);
    }

    private Node waitingList() {
        waiting.setId("waitingList");
        waiting.getStyleClass().add("waiting-list");
        waiting.setPlaceholder(label("waitingNone", texts.get("cashier.none").vi(), "cashier-en"));
        waiting.setCellFactory(list -> new RowCell());
        VBox box = new VBox(6, bilingual("waitingTitle", texts.get("cashier.waiting"), Pos.CENTER_LEFT,
                "cashier-title", "cashier-en"), waiting);
        VBox.setVgrow(waiting, Priority.ALWAYS);
        return box;
    }

    /** One waiting bill; a short-paid one is flagged in amber with what arrived and what is missing. */
    private final class RowCell extends ListCell<WaitingRow> {

        /** Held here, followed weakly: a cell the list drops must not be kept alive by the clock. */
        private final ChangeListener<Instant> onTick = (o, was, second) -> show(getItem(), isEmpty());

        RowCell() {
            // Wrapped to the list's width: a flagged row's "received, missing" must never be cut off.
            setWrapText(true);
            setPrefWidth(0);
            now.addListener(new WeakChangeListener<>(onTick));
        }

        @Override
        protected void updateItem(WaitingRow row, boolean empty) {
            super.updateItem(row, empty);
            show(row, empty);
        }

        private void show(WaitingRow row, boolean empty) {
            getStyleClass().remove("short-paid");
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.describe(texts, board.desk().clock().instant()).vi());
            if (row.shortPaid()) {
                getStyleClass().add("short-paid");
            }
        }
    }

    private Node actions() {
        FlowPane row = new FlowPane(8, 8,
                button("reshowButton", "cashier.reshow", () -> onSelected(b -> show(board.reshow(b)))),
                button("cancelButton", "cashier.cancel", () -> onSelected(b -> reasonPrompt.ask(
                        texts.get("reason.title.cancel", b), reason -> show(board.cancel(b, reason))))),
                button("cashButton", "cashier.cash", () -> markPaid(PaymentOutcome.Method.CASH)),
                button("manualButton", "cashier.manual", () -> markPaid(PaymentOutcome.Method.MANUAL)));
        row.setPrefWrapLength(560);
        return row;
    }

    /**
     * Money that came for a bill no longer waiting for it: shown only while some is not dealt with, each recorded as
     * the bill's payment or marked to refund, with a note.
     */
    private Node lateTransfers() {
        late.setId("lateList");
        late.getStyleClass().add("late-list");
        // Held at its height: the waiting list above grows and shrinks, this must never be squeezed out of sight.
        late.setPrefHeight(96);
        late.setMinHeight(96);
        late.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LateRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null
                        : row.describe(texts, board.desk().clock().getZone()).vi());
            }
        });
        FlowPane buttons = new FlowPane(8, 8,
                button("recordLateButton", "late.record", () -> handleLate(LateTransfer.Handling.RECORDED)),
                button("refundLateButton", "late.refund", () -> handleLate(LateTransfer.Handling.REFUND)));
        lateSection.getChildren().setAll(bilingual("lateTitle", texts.get("late.title"), Pos.CENTER_LEFT,
                "cashier-title", "cashier-en"), late, buttons);
        lateSection.setId("lateSection");
        lateSection.getStyleClass().add("late-section");
        lateSection.managedProperty().bind(lateSection.visibleProperty());
        return lateSection;
    }

    private void handleLate(LateTransfer.Handling handling) {
        LateRow selected = late.getSelectionModel().getSelectedItem();
        if (selected == null) {
            show(new ActionResult(false, texts.get("late.selectFirst")));
            return;
        }
        String amount = VietnameseAmount.digits(selected.transfer().amountDong());
        reasonPrompt.ask(texts.get("reason.title." + handling.name(), selected.billNumber(), amount),
                note -> show(board.handleLate(selected.reference(), handling, note)));
    }

    private void markPaid(PaymentOutcome.Method method) {
        onSelected(b -> reasonPrompt.ask(texts.get("reason.title." + method.name(), b),
                reason -> show(board.markPaid(b, method, reason))));
    }

    private void onSelected(java.util.function.Consumer<String> action) {
        WaitingRow selected = waiting.getSelectionModel().getSelectedItem();
        if (selected == null) {
            show(new ActionResult(false, texts.get("cashier.selectFirst")));
            return;
        }
        action.accept(selected.billNumber());
    }

    private void create() {
        ActionResult result = board.request(amount.getText(), bill.getText(), purpose.getText());
        show(result);
        if (result.done()) {
            amount.clear();
            bill.clear();
            purpose.clear();
            amount.requestFocus();
        }
    }

    private void showRows() {
        String selected = Optional.ofNullable(waiting.getSelectionModel().getSelectedItem())
                .map(WaitingRow::billNumber).orElse(null);
        waiting.getItems().setAll(board.rows());
        board.rows().stream().filter(r -> r.billNumber().equals(selected)).findFirst()
                .ifPresent(r -> waiting.getSelectionModel().select(r));
        String selectedLate = Optional.ofNullable(late.getSelectionModel().getSelectedItem())
                .map(LateRow::reference).orElse(null);
        late.getItems().setAll(board.lateRows());
        board.lateRows().stream().filter(r -> r.reference().equals(selectedLate)).findFirst()
                .ifPresent(r -> late.getSelectionModel().select(r));
        lateSection.setVisible(!board.lateRows().isEmpty());
    }

    private void show(ActionResult result) {
        messageVi.setText(result.message().vi());
        messageEn.setText(result.message().en());
        messageVi.getStyleClass().removeAll("done", "refused");
        messageVi.getStyleClass().add(result.done() ? "done" : "refused");
    }

    private Node caption(String key) {
        return bilingual(null, texts.get(key), Pos.CENTER_LEFT, "cashier-label", "cashier-en");
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(texts.get(key).vi());
        button.setId(id);
        button.getStyleClass().add("cashier-button");
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(18);
        return field;
    }
}
