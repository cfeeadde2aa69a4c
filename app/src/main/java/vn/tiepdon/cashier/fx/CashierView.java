package vn.tiepdon.cashier.fx;

import static vn.tiepdon.cashier.fx.Labels.bilingual;
import static vn.tiepdon.cashier.fx.Labels.label;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.tiepdon.cashier.ActionResult;
import vn.tiepdon.cashier.Bilingual;
import vn.tiepdon.cashier.CashierBoard;
import vn.tiepdon.cashier.CashierTexts;
import vn.tiepdon.cashier.LateRow;
import vn.tiepdon.cashier.WaitingRow;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.VietnameseAmount;

/**
 * The cashier's window, in the kiosk's look (its blue header band, white cards on light blue, big rounded buttons):
 * a new request on top, the bills still waiting with what can be done to them, money that came late for a closed bill
 * and the refunds still to make (each only while it has some), the last action's answer at the foot, and, when there
 * is no second screen, the customer display on the right. Create and use it on the JavaFX thread.
 */
public final class CashierView {

    static final String STYLESHEET = "/vn/tiepdon/cashier/cashier.css";
    /** Two lines of a late row and their padding; the late lists grow to two rows and then scroll. */
    private static final double LATE_ROW_HEIGHT = 58;
    private static final int LATE_ROWS_SHOWN = 2;

    private final CashierBoard board;
    private final CashierTexts texts;
    private final StackPane root = new StackPane();
    private final TextField amount = field("amountField");
    private final TextField bill = field("billField");
    private final TextField purpose = field("purposeField");
    private final ListView<WaitingRow> waiting = new ListView<>();
    private final ListView<LateRow> late = new ListView<>();
    private final ListView<LateRow> refunds = new ListView<>();
    private final VBox lateSection = new VBox(8);
    private final VBox refundSection = new VBox(8);
    private final Label messageVi = label("messageVi", "", "message");
    private final Label messageEn = label("messageEn", "", "cashier-en");
    private final VBox messageBar = new VBox(messageVi, messageEn);
    private final ReasonPrompt reasonPrompt;
    /** The second the rows' countdowns show; cells follow it, so ticking never rebuilds the list under a click. */
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();

    private CashierView(CashierBoard board, Optional<CustomerDisplayView> display) {
        this.board = board;
        this.texts = board.texts();
        this.reasonPrompt = new ReasonPrompt(texts);
        Node waitingCard = waitingList();
        VBox content = new VBox(newRequest(), waitingCard, lateTransfers(), refundsToMake());
        content.getStyleClass().add("cashier-content");
        VBox.setVgrow(waitingCard, Priority.ALWAYS);
        // A short screen (1366x768 desks) with late money and refunds listed scrolls rather than squeezing the lists.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("cashier-scroll");
        messageBar.getStyleClass().add("message-bar");
        messageBar.setId("messageBar");
        messageBar.managedProperty().bind(messageBar.visibleProperty());
        messageBar.setVisible(false);
        HBox header = header();
        VBox side = new VBox(header, scroll, messageBar);
        side.getStyleClass().add("cashier-side");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        BorderPane frame = new BorderPane();
        if (display.isPresent()) {
            // The two blue bands read as one across the window.
            header.prefHeightProperty().bind(Bindings.createDoubleBinding(
                    () -> CustomerDisplayView.bandHeight(root.getHeight()), root.heightProperty()));
            StackPane pane = new StackPane(display.get().root());
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
     * @param display the customer display to show on the right, or empty when it has a screen of its own
     */
    public static CashierView create(CashierBoard board, Optional<CustomerDisplayView> display) {
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

    /** The kiosk's band: what this window is, in both languages. */
    private HBox header() {
        VBox title = bilingual("cashierTitle", texts.get("cashier.title"), Pos.CENTER_LEFT, "header-title",
                "header-en");
        HBox header = new HBox(title);
        HBox.setHgrow(title, Priority.ALWAYS);
        // Never squeezed by a full column below it: the title would be pushed out of the band.
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.setPrefHeight(CustomerDisplayView.BAND_MIN);
        header.getStyleClass().add("cashier-header");
        header.setId("cashierHeader");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node newRequest() {
        GridPane form = new GridPane();
        form.getStyleClass().add("cashier-form");
        form.addRow(0, caption("cashier.amount"), amount);
        form.addRow(1, caption("cashier.bill"), bill);
        form.addRow(2, caption("cashier.purpose"), purpose);
        GridPane.setHgrow(amount, Priority.ALWAYS);
        // The captions keep their one line; the fields take what is left.
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().add(captions);
        Button create = button("createButton", "cashier.create", this::create, "primary", "create-button");
        create.setDefaultButton(true);
        create.setMaxHeight(Double.MAX_VALUE);
        // Beside the three fields, as tall as they are: the one big green action of the window, as on the kiosk.
        form.add(create, 2, 0, 1, 3);
        return card("requestCard", title("newRequestTitle", "cashier.newRequest"), form);
    }

    private Node waitingList() {
        waiting.setId("waitingList");
        waiting.getStyleClass().add("waiting-list");
        waiting.setPlaceholder(label("waitingNone", texts.get("cashier.none").vi(), "cashier-en"));
        waiting.setCellFactory(list -> new RowCell());
        waiting.setMinHeight(110);
        VBox box = card("waitingCard", title("waitingTitle", "cashier.waiting"), waiting, actions());
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
        row.setPrefWrapLength(520);
        return row;
    }

    /**
     * Money that came for a bill no longer waiting for it: shown only while some is not dealt with, each recorded as
     * the bill's payment or marked to refund, with a note.
     */
    private Node lateTransfers() {
        lateList(late, "lateList", "late-list", row -> row.describe(texts, board.desk().clock().getZone()));
        FlowPane buttons = new FlowPane(8, 8,
                button("recordLateButton", "late.record", () -> handleLate(LateTransfer.Handling.RECORDED), "brand"),
                button("refundLateButton", "late.refund", () -> handleLate(LateTransfer.Handling.REFUND), "warn"));
        lateSection.getChildren().setAll(title("lateTitle", "late.title"), late, buttons);
        return section(lateSection, "lateSection", "late-section");
    }

    /**
     * Money marked to refund and not given back yet: it stays here, with what the refund needs (amount, when it came,
     * the bank's reference, the sender's masked account), until the cashier marks it refunded.
     */
    private Node refundsToMake() {
        lateList(refunds, "refundList", "refund-list", row -> row.describeRefund(texts, board.desk().clock().getZone()));
        Button done = button("refundedButton", "refund.done", this::markRefunded, "primary");
        Node title = title("refundTitle", "refund.title");
        HBox top = new HBox(12, title, done);
        HBox.setHgrow(title, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        refundSection.getChildren().setAll(top, refunds);
        return section(refundSection, "refundSection", "refund-section");
    }

    private void lateList(ListView<LateRow> list, String id, String styleClass, Function<LateRow, Bilingual> text) {
        list.setId(id);
        list.getStyleClass().add(styleClass);
        list.setCellFactory(view -> new ListCell<>() {
            {
                // Wrapped to the list's width: a long bank reference must never hide the sender's account.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(LateRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row).vi());
            }
        });
    }

    /** A card seen only while its list has rows. */
    private static Node section(VBox section, String id, String styleClass) {
        section.setId(id);
        section.getStyleClass().addAll("cashier-card", styleClass);
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private void handleLate(LateTransfer.Handling handling) {
        selected(late, "late.selectFirst").ifPresent(row -> reasonPrompt.ask(
                texts.get("reason.title." + handling.name(), row.billNumber(), amountOf(row)),
                note -> show(board.handleLate(row.reference(), handling, note))));
    }

    private void markRefunded() {
        selected(refunds, "refund.selectFirst").ifPresent(row -> reasonPrompt.ask(
                texts.get("reason.title.REFUNDED", row.billNumber(), amountOf(row)),
                texts.get("reason.hint.REFUNDED"), note -> show(board.markRefunded(row.reference(), note))));
    }

    private static String amountOf(LateRow row) {
        return VietnameseAmount.digits(row.transfer().amountDong());
    }

    private void markPaid(PaymentOutcome.Method method) {
        onSelected(b -> reasonPrompt.ask(texts.get("reason.title." + method.name(), b),
                reason -> show(board.markPaid(b, method, reason))));
    }

    private void onSelected(Consumer<String> action) {
        selected(waiting, "cashier.selectFirst").map(WaitingRow::billNumber).ifPresent(action);
    }

    /** The row the action is for; with none selected, the message line asks for one ({@code selectFirstKey}). */
    private <T> Optional<T> selected(ListView<T> list, String selectFirstKey) {
        T row = list.getSelectionModel().getSelectedItem();
        if (row == null) {
            show(new ActionResult(false, texts.get(selectFirstKey)));
        }
        return Optional.ofNullable(row);
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
        showLate(late, lateSection, board.lateRows());
        showLate(refunds, refundSection, board.refundRows());
    }

    /** The rows, the same one still selected, two rows tall at most, and the card only while there are any. */
    private static void showLate(ListView<LateRow> list, VBox section, List<LateRow> rows) {
        String selected = Optional.ofNullable(list.getSelectionModel().getSelectedItem())
                .map(LateRow::reference).orElse(null);
        list.getItems().setAll(rows);
        rows.stream().filter(r -> r.reference().equals(selected)).findFirst()
                .ifPresent(r -> list.getSelectionModel().select(r));
        double height = Math.min(Math.max(rows.size(), 1), LATE_ROWS_SHOWN) * LATE_ROW_HEIGHT + 4;
        // Held at its height: the waiting list above grows and shrinks, this must never be squeezed out of sight.
        list.setPrefHeight(height);
        list.setMinHeight(height);
        section.setVisible(!rows.isEmpty());
    }

    private void show(ActionResult result) {
        messageVi.setText(result.message().vi());
        messageEn.setText(result.message().en());
        messageBar.getStyleClass().removeAll("done", "refused");
        messageBar.getStyleClass().add(result.done() ? "done" : "refused");
        messageBar.setVisible(true);
    }

    /** A card's title: the English after the Vietnamese on the same line, so the lists keep the height. */
    private Node title(String id, String key) {
        Bilingual title = texts.get(key);
        Label vi = label(id, title.vi(), "cashier-title");
        Label en = label(id + "En", title.en(), "cashier-en");
        vi.setMaxWidth(Region.USE_PREF_SIZE);
        vi.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(10, vi, en);
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }

    private static VBox card(String id, Node... children) {
        VBox card = new VBox(8, children);
        card.setId(id);
        card.getStyleClass().add("cashier-card");
        return card;
    }

    private Node caption(String key) {
        return bilingual(null, texts.get(key), Pos.CENTER_LEFT, "cashier-label", "cashier-en");
    }

    /** One of the window's buttons, never narrower than its words. */
    private Button button(String id, String key, Runnable action, String... styleClasses) {
        Button button = Labels.button(id, texts.get(key).vi(), styleClasses);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(14);
        return field;
    }
}
