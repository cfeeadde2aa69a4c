package vn.tiepdon.kiosk.fx;

import static vn.tiepdon.kiosk.fx.Controls.button;
import static vn.tiepdon.kiosk.fx.Controls.label;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tiepdon.identity.CitizenId;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.KioskState;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.Service;
import vn.tiepdon.ticket.IssueOutcome;

/** Builds the middle of the kiosk for each state. A screen is rebuilt on every change: they are small. */
final class Screens {

    private final KioskFlow flow;

    Screens(KioskFlow flow) {
        this.flow = flow;
    }

    Node build(KioskState state, Texts t) {
        return switch (state) {
            case KioskState.Attract a -> attract(t);
            case KioskState.Confirm c -> confirm(c.citizenId(), t);
            case KioskState.ChooseService c -> chooseService(t);
            case KioskState.Printing p -> printing(t);
            case KioskState.Done d -> done(d.outcome(), t);
            case KioskState.PrintFailed f -> printFailed(f.outcome(), t);
            case KioskState.Rejected r -> rejected(r, t);
            case KioskState.NotIssued n -> notIssued(t);
        };
    }

    private Node attract(Texts t) {
        Label prompt = label("prompt", t.get("attract.prompt"), "prompt");
        Label hint = label("hint", t.get("attract.hint"), "hint");
        Button withoutCard = button("withoutCardButton", t.get("attract.withoutCard"), flow::takeWithoutCard,
                "secondary");
        return screen("attractScreen", Icons.cardWithQr(), prompt, hint, spacer(), withoutCard);
    }

    private Node confirm(CitizenId id, Texts t) {
        GridPane card = new GridPane();
        card.getStyleClass().add("info-card");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        card.getColumnConstraints().addAll(labels, values);
        addRow(card, 0, t.get("confirm.name"), label("fullName", id.fullName(), "info-value", "name-value"));
        addRow(card, 1, t.get("confirm.dateOfBirth"), label("dateOfBirth", t.date(id.dateOfBirth()), "info-value"));
        addRow(card, 2, t.get("confirm.idNumber"), label("maskedId", id.maskedId(), "info-value", "id-value"));

        HBox actions = actions(
                button("notMeButton", t.get("confirm.no"), flow::notMe, "secondary"),
                button("confirmButton", t.get("confirm.yes"), flow::confirm, "primary"));
        return screen("confirmScreen", label("title", t.get("confirm.title"), "title"), card, spacer(), actions);
    }

    private Node chooseService(Texts t) {
        FlowPane grid = new FlowPane();
        grid.getStyleClass().add("service-grid");
        grid.setAlignment(Pos.CENTER);
        for (Service service : flow.services()) {
            grid.getChildren().add(button("service-" + service.code(), service.name(t.locale()),
                    () -> flow.chooseService(service), "service-button"));
        }
        return screen("chooseServiceScreen", label("title", t.get("service.title"), "title"),
                label("hint", t.get("service.hint"), "hint"), grid);
    }

    private Node printing(Texts t) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("spinner");
        return screen("printingScreen", spinner, label("title", t.get("printing.title"), "title"));
    }

    private Node done(IssueOutcome outcome, Texts t) {
        IssuedTicket ticket = outcome.ticket();
        return screen("doneScreen",
                Icons.check(),
                label("message", t.get("done.takeTicket"), "title"),
                ticketBox(ticket, t),
                label("waitingAhead", t.get("done.waiting", ticket.waitingAhead()), "hint"),
                label("next", t.get("done.next"), "hint"));
    }

    private Node printFailed(IssueOutcome outcome, Texts t) {
        IssuedTicket ticket = outcome.ticket();
        return screen("printFailedScreen",
                Icons.warning(),
                label("title", t.get("printFailed.title"), "title"),
                ticketBox(ticket, t),
                label("message", t.printProblem(outcome.problem(), ticket.display()), "message"),
                spacer(),
                actions(button("reprintButton", t.get("printFailed.reprint"), flow::reprint, "primary")));
    }

    private Node rejected(KioskState.Rejected rejected, Texts t) {
        return screen("rejectedScreen",
                Icons.warning(),
                label("title", t.get("rejected.title"), "title"),
                label("message", t.rejection(rejected.reason()), "message"),
                spacer(),
                actions(button("withoutCardButton", t.get("attract.withoutCard"), flow::takeWithoutCard, "secondary"),
                        button("scanAgainButton", t.get("rejected.scanAgain"), flow::backToStart, "primary")));
    }

    private Node notIssued(Texts t) {
        return screen("notIssuedScreen",
                Icons.warning(),
                label("title", t.get("notIssued.title"), "title"),
                label("message", t.get("notIssued.message"), "message"));
    }

    private VBox ticketBox(IssuedTicket ticket, Texts t) {
        VBox box = new VBox(
                label("yourNumber", t.get("done.yourNumber"), "ticket-caption"),
                label("ticketNumber", ticket.display(), "ticket-number"),
                label("serviceName", t.get("done.service", serviceName(ticket.serviceCode(), t)), "ticket-caption"));
        box.getStyleClass().add("ticket-box");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(VBox.USE_PREF_SIZE);
        return box;
    }

    private String serviceName(String code, Texts t) {
        return flow.services().stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> s.name(t.locale())).orElse(code);
    }

    private static void addRow(GridPane grid, int row, String caption, Label value) {
        grid.add(label(null, caption, "info-label"), 0, row);
        grid.add(value, 1, row);
    }

    private static HBox actions(Button... buttons) {
        HBox row = new HBox(buttons);
        row.getStyleClass().add("actions");
        row.setAlignment(Pos.CENTER);
        for (Button b : buttons) {
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setMaxWidth(Double.MAX_VALUE);
        }
        return row;
    }

    private static VBox screen(String id, Node... children) {
        VBox screen = new VBox(children);
        screen.setId(id);
        screen.getStyleClass().add("screen");
        screen.setAlignment(Pos.TOP_CENTER);
        screen.setFillWidth(true);
        for (Node child : children) {
            if (child instanceof Label l) {
                l.setAlignment(Pos.CENTER);
                l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            }
        }
        return screen;
    }

    private static Node spacer() {
        VBox spacer = new VBox();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
