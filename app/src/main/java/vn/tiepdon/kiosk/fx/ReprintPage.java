package vn.tiepdon.kiosk.fx;

import static vn.tiepdon.kiosk.fx.Controls.label;
import static vn.tiepdon.kiosk.fx.Controls.staffButton;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tiepdon.kiosk.AdminConsole;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.PrioritySeries;
import vn.tiepdon.ticket.IssueOutcome;

/**
 * Today's tickets, those that did not print first, each with a button to print it again. Shows the number, the
 * service, the time and whether it printed: never who holds the ticket.
 */
final class ReprintPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AdminConsole console;
    private final Map<String, Service> services;
    private final ListView<IssuedTicket> list = new ListView<>();
    private final Label message = label("reprintMessage", "", "reprint-message");
    private final VBox node;
    private Texts texts;

    ReprintPage(AdminConsole console, List<Service> services, Texts texts) {
        this.console = console;
        this.services = PrioritySeries.byCode(services);
        this.texts = texts;
        list.setId("reprintList");
        list.getStyleClass().add("reprint-list");
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new TicketCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        node = new VBox(message, list);
        node.setId("adminReprint");
        node.getStyleClass().add("admin-reprint");
    }

    Node node() {
        return node;
    }

    void setTexts(Texts texts) {
        this.texts = texts;
        list.refresh();
    }

    /** Reads today's tickets afresh. */
    void load() {
        message.setText(texts.get("admin.reprint.hint"));
        console.loadTickets(this::show);
    }

    void show(List<IssuedTicket> tickets) {
        list.getItems().setAll(tickets);
        list.setPlaceholder(label(null, texts.get("admin.reprint.none"), "reprint-message"));
    }

    private void reprint(IssuedTicket ticket) {
        message.setText(texts.get("admin.reprint.printing", ticket.display()));
        console.reprint(ticket.id(), outcome -> printed(ticket, outcome));
    }

    private void printed(IssuedTicket ticket, Optional<IssueOutcome> outcome) {
        if (outcome.isEmpty()) {
            message.setText(texts.get("admin.reprint.failed", ticket.display()));
        } else if (outcome.get().printed()) {
            message.setText(texts.get("admin.reprint.done", ticket.display()));
        } else {
            message.setText(texts.get("admin.reprint.notPrinted", ticket.display(),
                    texts.get("admin.problem." + outcome.get().problem().name())));
        }
        console.loadTickets(this::show);
    }

    private String serviceName(String code) {
        Service service = services.get(code);
        return service == null ? code : service.name(texts.locale());
    }

    /** One ticket: number, service, time, print state and its reprint button. */
    private final class TicketCell extends ListCell<IssuedTicket> {

        @Override
        protected void updateItem(IssuedTicket ticket, boolean empty) {
            super.updateItem(ticket, empty);
            setText(null);
            if (empty || ticket == null) {
                setGraphic(null);
                return;
            }
            Label number = label(null, ticket.display(), "reprint-number");
            Label service = label(null, serviceName(ticket.serviceCode()), "reprint-service");
            Label time = label(null, TIME.format(ticket.issuedAt()), "reprint-time");
            Label state = label(null, texts.get("admin.printState." + ticket.printState().name()), "reprint-state");
            state.pseudoClassStateChanged(AdminScreen.TROUBLE, ticket.printState() == PrintState.NOT_PRINTED);
            for (Label l : List.of(number, time, state)) {
                l.setWrapText(false);
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            HBox.setHgrow(service, Priority.ALWAYS);
            Button again = staffButton("reprint-" + ticket.id(), texts.get("admin.reprint.button"),
                    () -> reprint(ticket), "reprint-button");
            HBox row = new HBox(number, service, time, state, again);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("reprint-row");
            setGraphic(row);
        }
    }
}
