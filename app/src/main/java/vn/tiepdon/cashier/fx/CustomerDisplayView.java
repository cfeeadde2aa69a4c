package vn.tiepdon.cashier.fx;

import static vn.tiepdon.cashier.fx.Labels.bilingual;
import static vn.tiepdon.cashier.fx.Labels.label;

import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tiepdon.cashier.CashierTexts;
import vn.tiepdon.cashier.CustomerDisplay;
import vn.tiepdon.cashier.DisplayScreen;
import vn.tiepdon.payment.VietnameseAmount;

/**
 * The customer display: what {@link CustomerDisplay} says, in big type that grows with the screen, and the code at
 * about 60% of the screen's height. Wide screens put the code beside the amount, a narrow pane (the cashier's own
 * window) puts it above. Create and use it on the JavaFX thread.
 */
public final class CustomerDisplayView {

    /**
     * Room for the code, as a share of the display's height: whole pixels per module then give about 60%, large
     * enough to scan from arm's length.
     */
    static final double QR_SHARE_OF_HEIGHT = 0.62;
    /** Lines of the root font in the display's height: 27 px type on a 1080-pixel screen. */
    private static final double LINES_PER_HEIGHT = 40;

    private final CustomerDisplay display;
    private final CashierTexts texts;
    private final BorderPane root = new BorderPane();
    private final QrPicture qr = new QrPicture("displayQr");
    private Label countdown;
    private DisplayScreen shown;

    private CustomerDisplayView(CustomerDisplay display, CashierTexts texts) {
        this.display = display;
        this.texts = texts;
        root.setId("customerDisplay");
        root.getStyleClass().add("customer-display");
        root.getStylesheets().add(CashierView.stylesheet());
        root.setMinSize(0, 0);
        root.heightProperty().addListener((o, was, now) -> rescale());
        root.widthProperty().addListener((o, was, now) -> rescale());
        display.addListener(this::render);
        render(display.screen());
    }

    /** Builds the view and follows the display's changes. Call on the JavaFX thread. */
    public static CustomerDisplayView create(CustomerDisplay display, CashierTexts texts) {
        return new CustomerDisplayView(Objects.requireNonNull(display, "display"),
                Objects.requireNonNull(texts, "texts"));
    }

    public Parent root() {
        return root;
    }

    private void rescale() {
        double height = root.getHeight();
        if (height <= 0) {
            return;
        }
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Math.max(12, height / LINES_PER_HEIGHT)));
        shown = null;
        render(display.screen());
    }

    private void render(DisplayScreen screen) {
        // The countdown changes every second: only its label, not the whole screen with its code.
        if (screen instanceof DisplayScreen.AwaitingPayment now && shown instanceof DisplayScreen.AwaitingPayment was
                && now.payload().equals(was.payload()) && now.billNumber().equals(was.billNumber())) {
            countdown.setText(texts.get("display.countdown", now.countdown()).vi());
            shown = screen;
            return;
        }
        shown = screen;
        Label hospital = label("displayHospital", screen.hospitalName(), "display-hospital");
        HBox header = new HBox(hospital);
        header.getStyleClass().add("display-header");
        header.setAlignment(Pos.CENTER);
        hospital.setAlignment(Pos.CENTER);
        root.setTop(header);
        root.setCenter(switch (screen) {
            case DisplayScreen.Idle idle -> message("display.welcome", "display.welcomeHint", "", null);
            case DisplayScreen.AwaitingPayment awaiting -> awaiting(awaiting);
            case DisplayScreen.Paid paid -> message("display.paid", "display.paidDetail", "paid",
                    new Object[] {paid.billNumber(), paid.amountDigits()});
            case DisplayScreen.ShortPaid shortPaid -> message("display.shortPaid", "display.shortPaidDetail", "wait",
                    new Object[] {shortPaid.billNumber(), VietnameseAmount.digits(shortPaid.receivedDong()),
                            VietnameseAmount.digits(shortPaid.amountDong())});
            case DisplayScreen.Expired expired -> message("display.expired", "display.expiredDetail", "closed",
                    new Object[] {expired.billNumber()});
            case DisplayScreen.Cancelled cancelled -> message("display.cancelled", "display.cancelledDetail",
                    "closed", new Object[] {cancelled.billNumber()});
        });
    }

    private Node message(String headlineKey, String detailKey, String tone, Object[] args) {
        VBox headline = bilingual("displayHeadline", texts.get(headlineKey), Pos.CENTER, "display-headline",
                "display-headline-en");
        if (!tone.isEmpty()) {
            headline.getChildren().getFirst().getStyleClass().add(tone);
        }
        VBox detail = bilingual("displayDetail", texts.get(detailKey, args == null ? new Object[0] : args),
                Pos.CENTER, "display-detail", "display-en");
        VBox body = new VBox(headline, detail);
        body.getStyleClass().add("display-body");
        body.setAlignment(Pos.CENTER);
        return body;
    }

    private Node awaiting(DisplayScreen.AwaitingPayment awaiting) {
        double width = Math.max(root.getWidth(), 1);
        double height = Math.max(root.getHeight(), 1);
        boolean wide = width >= height * 1.2;
        double qrPixels = wide ? Math.min(height * QR_SHARE_OF_HEIGHT, width * 0.48)
                : Math.min(height * 0.42, width * 0.9);
        qr.show(awaiting.payload(), (int) qrPixels);
        VBox code = new VBox(qr.node(), bilingual("displayScan", texts.get("display.scan"), Pos.CENTER,
                "display-caption", "display-en"));
        code.setAlignment(Pos.CENTER);
        code.setMinWidth(Pane.USE_PREF_SIZE);

        countdown = label("displayCountdown", texts.get("display.countdown", awaiting.countdown()).vi(),
                "display-countdown");
        Pos align = wide ? Pos.CENTER_LEFT : Pos.CENTER;
        VBox info = new VBox(
                bilingual("displayAmountCaption", texts.get("display.amount"), align, "display-caption",
                        "display-en"),
                label("displayAmount", awaiting.amountDigits(), "display-amount"),
                label("displayAmountWords", awaiting.amountWords(), "display-words"),
                label("displayBill", texts.get("display.bill", awaiting.billNumber()).vi(), "display-line"),
                label("displayBank", texts.get("display.bank", awaiting.bankName()).vi(), "display-line"),
                countdown);
        info.getStyleClass().add("display-info");
        info.setAlignment(align);
        info.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.setAlignment(align);
                l.setTextAlignment(wide ? javafx.scene.text.TextAlignment.LEFT : javafx.scene.text.TextAlignment.CENTER);
            }
        });
        Pane body = wide ? new HBox(code, info) : new VBox(code, info);
        if (body instanceof HBox row) {
            HBox.setHgrow(info, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER);
        } else {
            ((VBox) body).setAlignment(Pos.TOP_CENTER);
        }
        body.getStyleClass().add("display-body");
        return body;
    }
}
