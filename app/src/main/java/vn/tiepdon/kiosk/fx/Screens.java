package vn.tiepdon.kiosk.fx;

import static vn.tiepdon.kiosk.fx.Controls.button;
import static vn.tiepdon.kiosk.fx.Controls.label;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.KioskState;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.payment.VietnameseAmount;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.PrioritySeries;
import vn.tiepdon.ticket.IssueOutcome;
import vn.tiepdon.ticket.PaymentMark;
import vn.tiepdon.ticket.PrintProblem;

/**
 * Builds the middle of the kiosk for each state. A screen is rebuilt on every change: they are small. Sizes come
 * from the style sheet in em, so a screen fills any panel; only the arrangement differs on an upright panel.
 */
final class Screens {

    private final KioskFlow flow;
    /** The panel's size against a 1280-wide one: pictures drawn at a fixed size grow with it. */
    private final ObservableDoubleValue scale;
    private final BooleanSupplier portrait;
    /** What a ticket's service code can name, priority series included; the services never change while running. */
    private final Map<String, Service> ticketServices;

    Screens(KioskFlow flow, ObservableDoubleValue scale, BooleanSupplier portrait) {
        this.flow = flow;
        this.ticketServices = PrioritySeries.byCode(flow.services());
        this.scale = scale;
        this.portrait = portrait;
    }

    Node build(KioskState state, Texts t) {
        return switch (state) {
            case KioskState.Attract a -> attract(t);
            case KioskState.Confirm c -> confirm(c.document(), t);
            case KioskState.ChooseService c -> chooseService(c, t);
            case KioskState.Printing p -> printing(t);
            case KioskState.Paying p -> PayingScreen.build(p, flow, t);
            case KioskState.PaymentExpired e -> paymentExpired(t);
            case KioskState.Done d -> done(d, t);
            case KioskState.PrintFailed f -> printFailed(f.outcome(), t);
            case KioskState.Rejected r -> rejected(r, t);
            case KioskState.NotIssued n -> notIssued(t);
            case KioskState.OutOfService o -> outOfService(t);
        };
    }

    private Node attract(Texts t) {
        Label prompt = label("prompt", t.get("attract.prompt"), "prompt");
        Label hint = label("hint", t.get("attract.hint"), "hint");
        VBox words = new VBox(prompt, hint);
        words.getStyleClass().add("attract-words");
        Node card = scaled(Icons.cardWithQr());
        Pane top;
        if (portrait.getAsBoolean()) {
            words.setAlignment(Pos.CENTER);
            centered(words);
            top = new VBox(card, words);
            ((VBox) top).setAlignment(Pos.CENTER);
        } else {
            words.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(words, Priority.ALWAYS);
            top = new HBox(card, words);
            ((HBox) top).setAlignment(Pos.CENTER);
        }
        top.getStyleClass().add("attract-top");
        // Two ways without a card, side by side at hand height: an ordinary number, and a priority one that the
        // desk checks (the pregnant, the disabled, the elderly without their card cannot be recognised from one).
        Button withoutCard = button("withoutCardButton", t.get("attract.withoutCard"), flow::takeWithoutCard,
                "secondary");
        Button priority = button("priorityButton", t.get("attract.priority"), flow::takePriorityWithoutCard,
                "secondary");
        Label priorityHint = label("priorityHint", t.get("attract.priorityHint"), "hint");
        return screen("attractScreen", spacer(), top, spacer(), actions(withoutCard, priority), priorityHint);
    }

    private Node confirm(IdentityDocument id, Texts t) {
        // Caption above value: long names wrap instead of being cut, and the eye reads top to bottom.
        VBox name = field(t.get("confirm.name"), label("fullName", id.fullName(), "info-value", "name-value"));
        if (id.nameUnverified()) {
            // A keyboard-mode scanner lost letters: the patient is not refused, the desk checks the name.
            name.getChildren().add(label("nameUnverifiedNote", t.get("confirm.nameUnverified"), "name-note"));
        }
        VBox born = field(t.get("confirm.dateOfBirth"), label("dateOfBirth", t.date(id.dateOfBirth()), "info-value"));
        String numberCaption = id.kind() == DocumentKind.HEALTH_INSURANCE ? "confirm.cardNumber" : "confirm.idNumber";
        VBox number = field(t.get(numberCaption), label("maskedId", id.maskedNumber(), "info-value", "id-value"));
        HBox.setHgrow(born, Priority.ALWAYS);
        HBox.setHgrow(number, Priority.ALWAYS);
        HBox secondRow = new HBox(born, number);
        secondRow.getStyleClass().add("info-row");
        VBox card = new VBox(name, secondRow);
        card.getStyleClass().addAll("card", "info-card");
        if (id.nameUnverified()) {
            // The note needs the room of one more line, even on a 768-pixel panel.
            card.getStyleClass().add("with-note");
        }
        HBox actions = actions(
                button("notMeButton", t.get("confirm.no"), flow::notMe, "secondary"),
                button("confirmButton", t.get("confirm.yes"), flow::confirm, "primary"));
        VBox screen = screen("confirmScreen", label("title", t.get("confirm.title"), "title"), card);
        priorityNote(Optional.of(id), t).ifPresent(screen.getChildren()::add);
        screen.getChildren().addAll(spacer(), actions);
        return screen;
    }

    private Node chooseService(KioskState.ChooseService choosing, Texts t) {
        List<Service> services = flow.services();
        boolean upright = portrait.getAsBoolean();
        int columns = columns(services.size(), upright);
        int rows = (services.size() + columns - 1) / columns;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("service-grid");
        grid.setAlignment(Pos.CENTER);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        for (int r = 0; r < rows; r++) {
            // Rows share the room left over, but never shrink below their tiles: a screen that cannot hold them
            // makes the view's type smaller instead of pressing tiles into each other.
            RowConstraints row = new RowConstraints();
            row.setFillHeight(true);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        for (int i = 0; i < services.size(); i++) {
            grid.add(tile(services.get(i), columns == 1, t), i % columns, i / columns);
        }
        // The tiles take the room the screen has: on a tall panel they grow, never leaving an empty half.
        VBox.setVgrow(grid, Priority.ALWAYS);
        grid.setMaxWidth(Double.MAX_VALUE);
        grid.setMaxHeight(Double.MAX_VALUE);
        Label hint = label("hint", t.get("service.hint"), "hint");
        if (!upright && rows == 2) {
            grid.getStyleClass().add("two-rows");
        }
        if (!upright && rows >= 3) {
            // Three rows of big tiles only fit a 768-pixel panel without the hint and with smaller type.
            grid.getStyleClass().add("dense");
            hint.setVisible(false);
            hint.setManaged(false);
        }
        VBox screen = screen("chooseServiceScreen", label("title", t.get("service.title"), "title"), hint);
        priorityNote(choosing.document(), t).ifPresent(screen.getChildren()::add);
        screen.getChildren().add(grid);
        return screen;
    }

    /** Landscape: up to three side by side; upright: one per row up to three, then two columns. */
    static int columns(int services, boolean portrait) {
        if (portrait) {
            return services <= 3 ? 1 : 2;
        }
        if (services <= 3) {
            return Math.max(1, services);
        }
        return services == 4 ? 2 : 3;
    }

    /**
     * A service tile: its picture, name, where to go and price, all a patient needs to choose. The words lie over
     * the button rather than inside it, so they wrap to the tile's width like any other words; touches go through
     * them to the button.
     */
    private Node tile(Service service, boolean wide, Texts t) {
        Label name = label("name-" + service.code(), service.name(t.locale()), "tile-name");
        VBox words = new VBox(name);
        words.getStyleClass().add("tile-content");
        String where = service.where(t.locale());
        if (!where.isEmpty()) {
            words.getChildren().add(label("where-" + service.code(), where, "tile-where"));
        }
        if (service.paid()) {
            // The price before the choice: nobody should learn it from a payment code.
            words.getChildren().add(label("price-" + service.code(), VietnameseAmount.digits(service.priceDong()),
                    "service-price"));
        }
        Node icon = Icons.service(service.icon());
        Pane content;
        if (wide) {
            words.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(words, Priority.ALWAYS);
            content = new HBox(icon, words);
            ((HBox) content).setAlignment(Pos.CENTER_LEFT);
            ((HBox) content).setSpacing(24);
        } else {
            words.setAlignment(Pos.CENTER);
            centered(words);
            content = new VBox(icon, words);
            ((VBox) content).setAlignment(Pos.CENTER);
        }
        content.getStyleClass().addAll("tile-content", "tile-words");
        content.setMouseTransparent(true);
        Button button = button("service-" + service.code(), service.name(t.locale()),
                () -> flow.chooseService(service), "service-button");
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        javafx.scene.layout.StackPane tile = new javafx.scene.layout.StackPane(button, content);
        tile.getStyleClass().add("service-tile");
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.setMinHeight(Region.USE_PREF_SIZE);
        return tile;
    }

    private Node printing(Texts t) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("printing-spinner");
        return screen("printingScreen", spacer(), spinner, label("title", t.get("printing.title"), "title"), spacer());
    }

    private Node done(KioskState.Done done, Texts t) {
        IssueOutcome outcome = done.outcome();
        IssuedTicket ticket = outcome.ticket();
        PaymentMark payment = done.payment();
        // What to do about paying comes first; then where to go ("Sau đó đến…" when there is something to pay).
        VBox next = new VBox();
        next.setAlignment(Pos.CENTER);
        next.getStyleClass().add("done-next");
        done.priority().ifPresent(p -> next.getChildren().add(priorityLabel(p, t)));
        switch (payment) {
            case PaymentMark.None none -> { }
            case PaymentMark.Paid paid -> next.getChildren().add(label("payment", t.get("done.paid",
                    VietnameseAmount.digits(paid.amountDong())), "message", "paid-note"));
            case PaymentMark.AtCounter counter -> next.getChildren().add(label("payment", t.get("done.payAtCounter",
                    VietnameseAmount.digits(counter.priceDong())), "message", "to-pay-note"));
            case PaymentMark.ShortPaid part -> next.getChildren().add(label("payment", t.get("done.shortPaid",
                    VietnameseAmount.digits(part.receivedDong()), VietnameseAmount.digits(part.toPay())),
                    "message", "to-pay-note"));
        }
        String where = serviceOf(ticket.serviceCode()).map(s -> s.where(t.locale())).orElse("");
        if (!where.isEmpty()) {
            next.getChildren().add(label("where", t.get(payment.toPay() > 0 ? "done.whereAfterPaying" : "done.where",
                    where), "where-note"));
        }
        next.getChildren().add(label("waitingAhead", t.get("done.waiting", ticket.waitingAhead()), "message"));
        if (payment instanceof PaymentMark.None && where.isEmpty()) {
            next.getChildren().add(label("next", t.get("done.next"), "hint"));
        }
        centered(next);
        return screen("doneScreen",
                spacer(),
                heading(Icons.check(), label("message", t.get("done.takeTicket"), "title")),
                sideBySide(ticketBox(ticket, t), next),
                spacer());
    }

    /** No dead end: the counter prints a ticket now; starting again is the other way. */
    private Node paymentExpired(Texts t) {
        return screen("paymentExpiredScreen",
                spacer(),
                heading(Icons.warning(), label("title", t.get("paymentExpired.title"), "title")),
                label("message", t.get("paymentExpired.message"), "message", "card", "message-card"),
                spacer(),
                actions(button("startOverButton", t.get("paymentExpired.startOver"), flow::backToStart, "secondary"),
                        button("payAtCounterButton", t.get("paying.atCounter"), flow::payAtCounter, "primary")));
    }

    private Node printFailed(IssueOutcome outcome, Texts t) {
        IssuedTicket ticket = outcome.ticket();
        Label message = label("message", t.printProblem(outcome.problem(), ticket.display()), "message");
        // Out of paper, cover open or paused: trying again here cannot work until staff come, so the screen says
        // what to do (the desk, with this number) and offers no button that does nothing. A printer that did not
        // answer or could not be reached may well print at a second try.
        boolean patientCanRetry = outcome.problem() == PrintProblem.NO_ANSWER
                || outcome.problem() == PrintProblem.UNREACHABLE;
        return screen("printFailedScreen",
                heading(Icons.warning(), label("title", t.get("printFailed.title"), "title")),
                sideBySide(ticketBox(ticket, t), message),
                spacer(),
                patientCanRetry ? actions(button("reprintButton", t.get("printFailed.reprint"), flow::reprint,
                        "primary")) : spacer());
    }

    private Node rejected(KioskState.Rejected rejected, Texts t) {
        return screen("rejectedScreen",
                spacer(),
                heading(Icons.warning(), label("title", t.get("rejected.title"), "title")),
                label("message", t.rejection(rejected.reason()), "message", "card", "message-card"),
                spacer(),
                actions(button("withoutCardButton", t.get("attract.withoutCard"), flow::takeWithoutCard, "secondary"),
                        button("scanAgainButton", t.get("rejected.scanAgain"), flow::backToStart, "primary")));
    }

    /** Nothing to touch: the desk serves people until the kiosk comes back by itself. */
    private Node outOfService(Texts t) {
        return warning("outOfServiceScreen", "outOfService", t);
    }

    private Node notIssued(Texts t) {
        return warning("notIssuedScreen", "notIssued", t);
    }

    /** A warning and what to do, without a button of its own (the footer's way back is the one way out). */
    private static Node warning(String id, String textKey, Texts t) {
        return screen(id,
                spacer(),
                heading(Icons.warning(), label("title", t.get(textKey + ".title"), "title")),
                label("message", t.get(textKey + ".message"), "message", "card", "message-card"),
                spacer());
    }

    /** "Ưu tiên: người từ 75 tuổi" when this patient is served first. */
    private Optional<Label> priorityNote(Optional<IdentityDocument> patient, Texts t) {
        return flow.priorityOf(patient).map(p -> priorityLabel(p, t));
    }

    private static Label priorityLabel(vn.tiepdon.registration.Priority priority, Texts t) {
        Label note = label("priorityNote", t.get("priority." + priority.reason().name(), priority.years()),
                "priority-note");
        note.setMaxWidth(Region.USE_PREF_SIZE);
        return note;
    }

    private VBox ticketBox(IssuedTicket ticket, Texts t) {
        VBox box = new VBox(
                label("yourNumber", t.get("done.yourNumber"), "ticket-caption"),
                label("ticketNumber", ticket.display(), "ticket-number"),
                label("serviceName", serviceOf(ticket.serviceCode()).map(s -> s.name(t.locale()))
                        .orElse(ticket.serviceCode()), "ticket-caption"));
        centered(box);
        box.getStyleClass().add("ticket-box");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(VBox.USE_PREF_SIZE);
        box.setMinWidth(VBox.USE_PREF_SIZE);
        return box;
    }

    /** The service a ticket was issued for, its priority series included ("Khám BHYT (ưu tiên)"). */
    private Optional<Service> serviceOf(String code) {
        return Optional.ofNullable(ticketServices.get(code));
    }

    /** Side by side on a wide panel, one above the other on an upright one. */
    private Pane sideBySide(Node first, Node second) {
        Pane pair;
        if (portrait.getAsBoolean()) {
            VBox column = new VBox(first, second);
            column.setAlignment(Pos.CENTER);
            pair = column;
        } else {
            HBox.setHgrow(second, Priority.ALWAYS);
            HBox row = new HBox(first, second);
            row.setAlignment(Pos.CENTER);
            pair = row;
        }
        pair.getStyleClass().add("side-by-side");
        if (second instanceof Label l) {
            l.setMaxWidth(Double.MAX_VALUE);
        }
        return pair;
    }

    /** A picture drawn at a fixed size, grown with the panel. */
    private Node scaled(Node picture) {
        picture.scaleXProperty().bind(scale);
        picture.scaleYProperty().bind(scale);
        return new Group(picture);
    }

    private static VBox field(String caption, Label value) {
        VBox field = new VBox(label(null, caption, "info-label"), value);
        field.getStyleClass().add("info-field");
        return field;
    }

    /** An icon beside the title: one line instead of two, so the content below has room. */
    private static HBox heading(Node icon, Label title) {
        title.setMaxWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(icon, title);
        heading.getStyleClass().add("heading");
        heading.setAlignment(Pos.CENTER);
        return heading;
    }

    private static HBox actions(Button... buttons) {
        HBox row = new HBox(buttons);
        row.getStyleClass().add("actions");
        row.setAlignment(Pos.CENTER);
        if (buttons.length > 1) {
            for (Button b : buttons) {
                HBox.setHgrow(b, Priority.ALWAYS);
                b.setMaxWidth(Double.MAX_VALUE);
            }
        } else {
            buttons[0].getStyleClass().add("single-action");
        }
        return row;
    }

    private static VBox screen(String id, Node... children) {
        VBox screen = new VBox(children);
        screen.setId(id);
        screen.getStyleClass().add("screen");
        screen.setAlignment(Pos.TOP_CENTER);
        screen.setFillWidth(true);
        centered(screen);
        return screen;
    }

    /** The pane's labels centred, also on their second line. */
    private static void centered(Pane pane) {
        for (Node child : pane.getChildren()) {
            if (child instanceof Label l) {
                l.setAlignment(Pos.CENTER);
                l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            }
        }
    }

    private static Node spacer() {
        VBox spacer = new VBox();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
