package vn.tiepdon.kiosk.fx;

import static vn.tiepdon.kiosk.fx.Controls.button;
import static vn.tiepdon.kiosk.fx.Controls.label;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.tiepdon.kiosk.AdminStatus;
import vn.tiepdon.kiosk.Texts;

/** The staff-only status panel over the patient screens; hidden until Ctrl+Shift+A. */
final class AdminOverlay {

    private static final PseudoClass TROUBLE = PseudoClass.getPseudoClass("trouble");

    private final AdminStatus status;
    private final StackPane node;
    private final Label title = label("adminTitle", "", "admin-title");
    private final Label scanner = label("adminScanner", "", "admin-line");
    private final Label scannerDetail = label("adminScannerDetail", "", "admin-detail");
    private final Label keyboard = label("adminKeyboardScanner", "", "admin-line");
    private final Label printer = label("adminPrinter", "", "admin-line");
    private final Label countsTitle = label("adminCountsTitle", "", "admin-line");
    private final Label counts = label("adminCounts", "", "admin-counts");
    private final Label hint = label("adminHint", "", "admin-detail");
    private final Label pinHint = label("adminPinHint", "", "admin-detail");
    private final boolean pinConfigured;
    private final Button close;
    private Texts texts;

    /** @param pinConfigured false: the overlay tells IT how to set the PIN that opens the admin screen */
    AdminOverlay(AdminStatus status, Texts texts, boolean pinConfigured) {
        this.status = status;
        this.pinConfigured = pinConfigured;
        pinHint.setVisible(!pinConfigured);
        pinHint.setManaged(!pinConfigured);
        this.texts = texts;
        close = button("adminCloseButton", "", this::toggle, "secondary", "admin-close");
        VBox panel = new VBox(title, scanner, scannerDetail, keyboard, printer, countsTitle, counts, hint, pinHint, close);
        panel.getStyleClass().add("admin-panel");
        panel.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        node = new StackPane(panel);
        node.setId("adminOverlay");
        node.getStyleClass().add("admin-overlay");
        Controls.staffStyles(node);
        node.setAlignment(Pos.CENTER);
        node.setVisible(false);
        status.addListener(this::refresh);
        refresh();
    }

    Node node() {
        return node;
    }

    boolean isShowing() {
        return node.isVisible();
    }

    void toggle() {
        node.setVisible(!node.isVisible());
        refresh();
    }

    void setTexts(Texts texts) {
        this.texts = texts;
        refresh();
    }

    /** Reads the status afresh; counts are only fetched while staff are looking. */
    void refresh() {
        title.setText(texts.get("admin.title"));
        hint.setText(texts.get("admin.hint"));
        pinHint.setText(pinConfigured ? "" : texts.get("admin.pin.notSet"));
        countsTitle.setText(texts.get("admin.counts"));
        close.setText(texts.get("admin.close"));
        if (!isShowing()) {
            return;
        }
        AdminStatus.Snapshot s = status.snapshot();
        String connection = s.scannerConnected()
                .map(up -> texts.get(up ? "admin.scanner.connected" : "admin.scanner.disconnected"))
                .orElse(texts.get("admin.scanner.unknown"));
        scanner.setText(texts.get("admin.scanner", s.scannerDescription() + " — " + connection));
        scanner.pseudoClassStateChanged(TROUBLE,
                s.scannerConnected().map(up -> !up).orElse(false));
        scannerDetail.setText(s.scannerDetail());
        // Shown only once such a scanner was seen: most kiosks never have one.
        keyboard.setText(s.keyboardScans() > 0 ? texts.get("admin.scanner.keyboard", s.keyboardScans()) : "");
        keyboard.setVisible(s.keyboardScans() > 0);
        keyboard.setManaged(s.keyboardScans() > 0);
        printer.setText(texts.get("admin.printer", s.printerAddress()));
        counts.setText(s.counts());
    }
}
