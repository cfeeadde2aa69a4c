package vn.tiepdon.cashier.fx;

import static vn.tiepdon.cashier.fx.Labels.bilingual;
import static vn.tiepdon.cashier.fx.Labels.label;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
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
    /** The header band in lines of the root font (86 px on a 1080-pixel screen, like the kiosk's 76 of 800)... */
    private static final double BAND_LINES = 3.2;
    /**
     * ...and never lower than its words need in a small window: the cashier's two lines of title too, whose band is
     * this high when there is no display beside it to match.
     */
    static final double BAND_MIN = 64;

    private final CustomerDisplay display;
    private final CashierTexts texts;
    private final BorderPane root = new BorderPane();
    private final QrPicture qr = new QrPicture("displayQr");
    /** The kiosk's header band, kept across screens so the cashier's window can line its own up with it. */
    private final HBox header = new HBox();
    private final Label hospital = label("displayHospital", "", "display-hospital");
    private Label countdown;
    private DisplayScreen shown;
    /** The root font size in pixels: the badges are drawn to it. */
    private double em = 27;

    private CustomerDisplayView(CustomerDisplay display, CashierTexts texts) {
        this.display = display;
        this.texts = texts;
        root.setId("customerDisplay");
        root.getStyleClass().add("customer-display");
        root.getStylesheets().add(CashierView.stylesheet());
        root.setMinSize(0, 0);
        header.getChildren().add(hospital);
        header.getStyleClass().add("display-header");
        header.setId("displayHeader");
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hospital, Priority.ALWAYS);
        root.setTop(header);
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

    /**
     * The header band's height on a display this tall. The cashier's window gives its own band the same, from its own
     * height (the display inside it is as tall): known before layout, so the two bands match in the first frame.
     */
    static double bandHeight(double displayHeight) {
        return Math.max(BAND_MIN, BAND_LINES * em(displayHeight));
    }

    private static double em(double displayHeight) {
        return Math.max(12, displayHeight / LINES_PER_HEIGHT);
    }

    private void rescale() {
        double height = root.getHeight();
        if (height <= 0) {
            return;
        }
        em = em(height);
        double band = bandHeight(height);
        header.setMinHeight(band);
        header.setPrefHeight(band);
        header.setMaxHeight(band);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", em));
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
        hospital.setText(screen.hospitalName());
        root.setCenter(switch (screen) {
            // Nothing to pay: a welcome under the hospital's name, never an instruction to scan a code not shown.
            case DisplayScreen.Idle idle -> welcome(idle);
            case DisplayScreen.AwaitingPayment awaiting -> awaiting(awaiting);
            case DisplayScreen.Paid paid -> message(badge(Badge.CHECK, "paid"), "display.paid", "display.paidDetail",
                    "paid", paid.billNumber(), paid.amountDigits());
            case DisplayScreen.ShortPaid shortPaid -> message(badge(Badge.WARNING, "wait"), "display.shortPaid",
                    "display.shortPaidDetail", "wait", shortPaid.billNumber(),
                    VietnameseAmount.digits(shortPaid.receivedDong()), VietnameseAmount.digits(shortPaid.amountDong()));
            case DisplayScreen.Expired expired -> message(Optional.empty(), "display.expired", "display.expiredDetail",
                    "closed", expired.billNumber());
            case DisplayScreen.Cancelled cancelled -> message(Optional.empty(), "display.cancelled",
                    "display.cancelledDetail", "closed", cancelled.billNumber());
        });
    }

    /** The hospital's name over the welcome, on the card the other screens use. */
    private Node welcome(DisplayScreen.Idle idle) {
        Label greeter = label("displayGreeter", idle.hospitalName(), "display-greeter");
        greeter.setAlignment(Pos.CENTER);
        greeter.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return message(Optional.of(greeter), "display.welcome", "display.welcomeHint", "welcome");
    }

    /** The kiosk's marks: drawn with shapes, so they look the same whatever fonts the computer has. */
    private enum Badge {
        CHECK("M6 13 L11 18 L20 7"), WARNING("M13 5 L13 15 M13 19 L13 21");

        /** Strokes in a 26-unit square. */
        private final String path;

        Badge(String path) {
            this.path = path;
        }
    }

    /**
     * A headline in its tone, with the detail under it, on a white card like the kiosk's messages.
     *
     * @param above a mark or the hospital's name over the headline
     */
    private Node message(Optional<Node> above, String headlineKey, String detailKey, String tone, Object... args) {
        VBox headline = bilingual("displayHeadline", texts.get(headlineKey), Pos.CENTER, "display-headline",
                "display-headline-en");
        headline.getChildren().getFirst().getStyleClass().add(tone);
        VBox detail = bilingual("displayDetail", texts.get(detailKey, args), Pos.CENTER, "display-detail",
                "display-en");
        VBox card = new VBox(headline, detail);
        above.ifPresent(node -> card.getChildren().addFirst(node));
        card.getStyleClass().addAll("display-card", tone);
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        VBox body = new VBox(card);
        body.getStyleClass().add("display-body");
        body.setAlignment(Pos.CENTER);
        return body;
    }

    /** A round mark as big as three lines of the display's type. */
    private Optional<Node> badge(Badge badge, String tone) {
        double size = em * 3;
        SVGPath mark = new SVGPath();
        mark.setContent(badge.path);
        mark.getStyleClass().add("badge-mark");
        // The display's own proportions, whatever its size: the mark spans about 0.71 of the circle, as the kiosk's
        // badge once did. The kiosk now draws its marks at 0.62 of theirs; the display does not follow it.
        mark.setScaleX(size * 2.3 / 84);
        mark.setScaleY(size * 2.3 / 84);
        StackPane circle = new StackPane(mark);
        circle.getStyleClass().addAll("badge", tone);
        circle.setId("displayBadge");
        circle.setMinSize(size, size);
        circle.setPrefSize(size, size);
        circle.setMaxSize(size, size);
        return Optional.of(circle);
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
