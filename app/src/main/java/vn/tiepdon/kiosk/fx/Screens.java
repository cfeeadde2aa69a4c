package vn.tiepdon.kiosk.fx;

import static vn.tiepdon.kiosk.fx.Controls.button;
import static vn.tiepdon.kiosk.fx.Controls.label;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.KioskState;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.payment.VietnameseAmount;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.Service;
import vn.tiepdon.ticket.IssueOutcome;
import vn.tiepdon.ticket.PrintProblem;
import vn.tiepdon.ticket.PaymentMark;

/** Builds the middle of the kiosk for each state. A screen is rebuilt on every change: they are small. */
final class Screens {

    private final KioskFlow flow;

    Screens(KioskFlow flow) {
        this.flow = flow;
    }

    Node build(KioskState state, Texts t) {
        return switch (state) {
            case KioskState.Attract a -> attract(t);
            case KioskState.Confirm c -> confirm(c.document(), t);
            case KioskState.ChooseService c -> chooseService(t);
            case KioskState.Printing p -> printing(t);
            case KioskState.Paying p -> PayingScreen.build(p, flow, t);
            case KioskState.PaymentExpired e -> paymentExpired(t);
            case KioskState.Done d -> done(d.outcome(), d.payment(), t);
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
        words.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox top = new HBox(Icons.cardWithQr(), words);
        top.getStyleClass().add("attract-top");
        top.setAlignment(Pos.CENTER);
        Button withoutCard = button("withoutCardButton", t.get("attract.withoutCard"), flow::takeWithoutCard,
                "secondary");
        return screen("attractScreen", spacer(), top, spacer(), withoutCard);
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
        return screen("confirmScreen", label("title", t.get("confirm.title"), "title"), card, spacer(), actions);
    }

    private Node chooseService(Texts t) {
        List<Service> services = flow.services();
        // Two columns fit the usual three to six services on a 4:3 or 16:10 panel; more need a third.
        int columns = services.size() > 6 ? 3 : Math.min(2, Math.max(1, services.size()));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("service-grid");
        grid.setAlignment(Pos.CENTER);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            Button button = button("service-" + service.code(), service.name(t.locale()),
                    () -> flow.chooseService(service), "service-button");
            button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            if (service.paid()) {
                // The price before the choice: nobody should learn it from a payment code.
                Label price = label("price-" + service.code(), VietnameseAmount.digits(service.priceDong()),
                        "service-price");
                price.setMaxWidth(Region.USE_PREF_SIZE);
                button.setGraphic(price);
                button.setContentDisplay(ContentDisplay.BOTTOM);
            }
            grid.add(button, i % columns, i / columns);
        }
        Label hint = label("hint", t.get("service.hint"), "hint");
        int rows = (services.size() + columns - 1) / columns;
        if (rows >= 3) {
            // Three rows of big buttons only fit a 768-pixel panel without the hint and with smaller type.
            grid.getStyleClass().add("dense");
            hint.setVisible(false);
            hint.setManaged(false);
        }
        return screen("chooseServiceScreen", label("title", t.get("service.title"), "title"), hint, grid);
    }

    private Node printing(Texts t) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("printing-spinner");
        spinner.setMinSize(120, 120);
        return screen("printingScreen", spacer(), spinner, label("title", t.get("printing.title"), "title"), spacer());
    }

    private Node done(IssueOutcome outcome, PaymentMark payment, Texts t) {
        IssuedTicket ticket = outcome.ticket();
        // What to do about paying replaces the general hint: the screen has room for one line under the number.
        Label next = switch (payment) {
            case PaymentMark.None none -> label("next", t.get("done.next"), "hint");
            case PaymentMark.Paid paid -> label("payment", t.get("done.paid",
                    VietnameseAmount.digits(paid.amountDong())), "message", "paid-note");
            case PaymentMark.AtCounter counter -> label("payment", t.get("done.payAtCounter",
                    VietnameseAmount.digits(counter.priceDong())), "message", "to-pay-note");
            case PaymentMark.ShortPaid part -> label("payment", t.get("done.shortPaid",
                    VietnameseAmount.digits(part.receivedDong()),
                    VietnameseAmount.digits(Math.max(0, part.priceDong() - part.receivedDong()))),
                    "message", "to-pay-note");
        };
        return screen("doneScreen",
                heading(Icons.check(), label("message", t.get("done.takeTicket"), "title")),
                ticketBox(ticket, t),
                label("waitingAhead", t.get("done.waiting", ticket.waitingAhead()), "message"),
                next);
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
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox numberAndWhy = new HBox(ticketBox(ticket, t), message);
        numberAndWhy.getStyleClass().add("side-by-side");
        numberAndWhy.setAlignment(Pos.CENTER);
        // Out of paper, cover open or paused: trying again here cannot work until staff come, so the screen says
        // what to do (the desk, with this number) and offers no button that does nothing. A printer that did not
        // answer or could not be reached may well print at a second try.
        boolean patientCanRetry = outcome.problem() == PrintProblem.NO_ANSWER
                || outcome.problem() == PrintProblem.UNREACHABLE;
        return screen("printFailedScreen",
                heading(Icons.warning(), label("title", t.get("printFailed.title"), "title")),
                numberAndWhy,
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

    private VBox ticketBox(IssuedTicket ticket, Texts t) {
        VBox box = new VBox(
                label("yourNumber", t.get("done.yourNumber"), "ticket-caption"),
                label("ticketNumber", ticket.display(), "ticket-number"),
                label("serviceName", serviceName(ticket.serviceCode(), t), "ticket-caption"));
        box.getChildren().forEach(n -> ((Label) n).setAlignment(Pos.CENTER));
        box.getStyleClass().add("ticket-box");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(VBox.USE_PREF_SIZE);
        box.setMinWidth(VBox.USE_PREF_SIZE);
        return box;
    }

    private String serviceName(String code, Texts t) {
        return flow.services().stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> s.name(t.locale())).orElse(code);
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
