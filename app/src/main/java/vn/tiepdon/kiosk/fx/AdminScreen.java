package vn.tiepdon.kiosk.fx;

import static vn.tiepdon.kiosk.fx.Controls.label;
import static vn.tiepdon.kiosk.fx.Controls.staffButton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import vn.tiepdon.admin.Dashboard;
import vn.tiepdon.kiosk.AdminConsole;
import vn.tiepdon.kiosk.KioskTimer;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.queue.Service;

/**
 * The admin screen over the patient screens: the PIN pad first, then the figures, the devices and the reprint list,
 * with the way out of kiosk mode. It closes itself after {@link AdminConsole#IDLE} without a touch, so a kiosk is
 * never left open on it.
 */
final class AdminScreen {

    static final PseudoClass TROUBLE = PseudoClass.getPseudoClass("trouble");
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private enum Page { FIGURES, DEVICES, REPRINT }

    private final AdminConsole console;
    private final KioskTimer timer;
    private final StackPane node = new StackPane();
    private final PinPad pinPad;
    private final BorderPane desk = new BorderPane();
    private final FiguresPage figures = new FiguresPage();
    private final DevicePage devices = new DevicePage();
    private final ReprintPage reprint;
    private final Label title = label("adminDeskTitle", "", "admin-title");
    private final Map<Page, Button> tabs;
    private final Button quit;
    private final Button done;
    private final Label quitQuestion = label("adminQuitQuestion", "", "admin-quit-question");
    private final Button quitConfirm;
    private final Button quitCancel;
    private final HBox quitBar;
    private final HBox normalBar;
    private Texts texts;
    private Dashboard dashboard;
    private Page page = Page.FIGURES;
    private KioskTimer.Cancellable idle = KioskTimer.Cancellable.NONE;

    AdminScreen(AdminConsole console, List<Service> services, Texts texts, KioskTimer timer) {
        this.console = console;
        this.timer = timer;
        this.texts = texts;
        pinPad = new PinPad(console, texts, this::unlocked, this::close);
        reprint = new ReprintPage(console, services, texts);
        tabs = Map.of(Page.FIGURES, tab("adminTabFigures", Page.FIGURES),
                Page.DEVICES, tab("adminTabDevices", Page.DEVICES),
                Page.REPRINT, tab("adminTabReprint", Page.REPRINT));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(title, gap, tabs.get(Page.FIGURES), tabs.get(Page.DEVICES), tabs.get(Page.REPRINT));
        top.getStyleClass().add("admin-top");
        top.setAlignment(Pos.CENTER_LEFT);

        quit = staffButton("adminQuit", "", this::askToQuit, "admin-action", "admin-quit");
        done = staffButton("adminDone", "", this::close, "admin-action", "admin-done");
        Region filler = new Region();
        HBox.setHgrow(filler, Priority.ALWAYS);
        normalBar = new HBox(quit, filler, done);
        quitConfirm = staffButton("adminQuitConfirm", "", console::quitKioskMode, "admin-action", "admin-quit");
        quitCancel = staffButton("adminQuitCancel", "", this::keepKioskMode, "admin-action");
        HBox.setHgrow(quitQuestion, Priority.ALWAYS);
        quitBar = new HBox(quitQuestion, quitCancel, quitConfirm);
        for (HBox bar : List.of(normalBar, quitBar)) {
            bar.getStyleClass().add("admin-bottom");
            bar.setAlignment(Pos.CENTER_LEFT);
        }
        // Buttons keep their words on one line; the question beside them wraps instead.
        for (Button button : List.of(quit, done, quitConfirm, quitCancel)) {
            button.setWrapText(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        desk.setTop(top);
        desk.setBottom(normalBar);
        desk.setId("adminDesk");
        desk.getStyleClass().add("admin-desk");

        node.setId("adminScreen");
        node.getStyleClass().add("admin-screen");
        Controls.staffStyles(node);
        node.setAlignment(Pos.CENTER);
        node.setVisible(false);
        // Any touch on the admin screen keeps it open for another while.
        node.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> restartIdle());
        node.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> restartIdle());
        setTexts(texts);
    }

    Node node() {
        return node;
    }

    boolean isShowing() {
        return node.isVisible();
    }

    /** Shows the PIN pad; the figures only come after the right PIN. */
    void open() {
        pinPad.reset();
        node.getChildren().setAll(pinPad.node());
        node.setVisible(true);
        restartIdle();
    }

    /** Back to the patient screens; the next opening asks for the PIN again. */
    void close() {
        idle.cancel();
        idle = KioskTimer.Cancellable.NONE;
        node.setVisible(false);
        node.getChildren().clear();
        pinPad.reset();
        dashboard = null;
    }

    void setTexts(Texts texts) {
        this.texts = texts;
        pinPad.setTexts(texts);
        reprint.setTexts(texts);
        tabs.get(Page.FIGURES).setText(texts.get("admin.tab.figures"));
        tabs.get(Page.DEVICES).setText(texts.get("admin.tab.devices"));
        tabs.get(Page.REPRINT).setText(texts.get("admin.tab.reprint"));
        quit.setText(texts.get("admin.quit"));
        done.setText(texts.get("admin.done"));
        quitQuestion.setText(texts.get("admin.quit.question"));
        quitConfirm.setText(texts.get("admin.quit.confirm"));
        quitCancel.setText(texts.get("admin.quit.cancel"));
        if (dashboard != null) {
            showDashboard(dashboard);
        }
    }

    private void unlocked() {
        keepKioskMode();
        node.getChildren().setAll(desk);
        show(Page.FIGURES);
        console.loadDashboard(this::showDashboard);
        reprint.load();
    }

    private void showDashboard(Dashboard loaded) {
        if (!isShowing()) {
            return; // closed while it was being read
        }
        dashboard = loaded;
        title.setText(texts.get("admin.desk.title", texts.date(loaded.today())));
        figures.show(loaded, texts);
        devices.show(loaded.devices(), Instant.now(), texts);
    }

    private Button tab(String id, Page shows) {
        Button tab = staffButton(id, "", () -> show(shows), "admin-tab");
        tab.setWrapText(false);
        tab.setMinWidth(Region.USE_PREF_SIZE);
        return tab;
    }

    private void show(Page shown) {
        page = shown;
        tabs.forEach((p, button) -> button.pseudoClassStateChanged(CHOSEN, p == page));
        desk.setCenter(switch (page) {
            case FIGURES -> figures.node();
            case DEVICES -> devices.node();
            case REPRINT -> reprint.node();
        });
        if (page == Page.REPRINT) {
            reprint.load();
        }
    }

    private void askToQuit() {
        desk.setBottom(quitBar);
    }

    private void keepKioskMode() {
        desk.setBottom(normalBar);
    }

    private void restartIdle() {
        idle.cancel();
        idle = timer.schedule(AdminConsole.IDLE, this::close);
    }
}
