package vn.tiepdon.kiosk.fx;

import static vn.tiepdon.kiosk.fx.Controls.button;
import static vn.tiepdon.kiosk.fx.Controls.label;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.KioskState;
import vn.tiepdon.kiosk.QrBill;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.payment.VietnameseAmount;

/**
 * The paying screen: the code as large as the panel allows on the left; on the right the amount in digits and
 * in words, the service, the bank, how to pay, the time left, and the big way out to the counter.
 * The countdown ticks every second while the screen is showing.
 */
final class PayingScreen {

    /** Room between the code and the words, in pixels. */
    private static final double GAP = 40;
    /** The code never takes more than this share of the width: the words beside it must stay readable. */
    private static final double CODE_SHARE = 0.48;
    /** The narrowest the words may get before the code gives up width (a 1024-pixel panel). */
    private static final double MIN_WORDS_WIDTH = 480;

    private PayingScreen() {
    }

    static Node build(KioskState.Paying paying, KioskFlow flow, Texts t) {
        QrBill bill = paying.bill();
        QrCode code = new QrCode(bill.payload());
        code.setId("qrCode");

        Label amount = label("amountDigits", VietnameseAmount.digits(bill.amountDong()), "amount");
        VBox details = new VBox(amount);
        if ("vi".equals(t.locale().getLanguage())) {
            // Words let a patient check the amount who might misread the dots between thousands.
            details.getChildren().add(label("amountWords", VietnameseAmount.inWords(bill.amountDong()), "message"));
        }
        Label countdown = label("countdown", "", "countdown");
        Button atCounter = button("payAtCounterButton", t.get("paying.atCounter"), flow::payAtCounter, "primary");
        atCounter.setMaxWidth(Double.MAX_VALUE);
        details.getChildren().addAll(
                label("serviceName", t.get("paying.service", paying.service().name(t.locale())), "hint"),
                label("bankName", t.get("paying.bank", bill.bankName()), "hint"),
                label("scanToPay", t.get("paying.scanToPay"), "message", "strong"),
                countdown,
                label("printsWhenPaid", t.get("paying.printsWhenPaid"), "hint"),
                atCounter);
        details.getStyleClass().add("paying-details");
        details.setAlignment(Pos.CENTER_LEFT);

        CodeBesideWords content = new CodeBesideWords(code, details);
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox screen = new VBox(content);
        screen.setId("payingScreen");
        screen.getStyleClass().addAll("screen", "paying-screen");
        screen.setAlignment(Pos.TOP_CENTER);

        Runnable tick = () -> countdown.setText(timeLeft(flow.timeLeftToPay(), t));
        tick.run();
        Timeline ticking = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick.run()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        // Ticks only while on a scene: the next screen replaces this one and the timeline stops with it.
        screen.sceneProperty().addListener((obs, before, now) -> {
            if (now == null) {
                ticking.stop();
            } else {
                ticking.play();
            }
        });
        return screen;
    }

    static String timeLeft(Duration left, Texts t) {
        long seconds = Math.max(0, left.toSeconds());
        return t.get("paying.timeLeft", seconds / 60, seconds % 60);
    }

    /** Lays the code out square at the left, as large as fits, and the words in the rest of the width. */
    private static final class CodeBesideWords extends Pane {

        private final QrCode code;
        private final VBox words;

        CodeBesideWords(QrCode code, VBox words) {
            this.code = code;
            this.words = words;
            getChildren().addAll(code, words);
            setMaxWidth(1500);
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth();
            double height = getHeight();
            if (upright(width, height)) {
                // An upright panel: the code on top, as wide as half the height allows, the words under it.
                double wordsHeight = words.prefHeight(width);
                int side = side(Math.min(width, Math.max(0, height - GAP - wordsHeight)));
                code.resizeRelocate(Math.floor((width - side) / 2), 0, side, side);
                words.resizeRelocate(0, side + GAP, width, Math.min(wordsHeight, Math.max(0, height - side - GAP)));
                return;
            }
            double space = Math.min(height, codeSpace(width));
            int side = side(space);
            double wordsWidth = Math.max(0, width - side - GAP);
            double wordsHeight = Math.min(height, words.prefHeight(wordsWidth));
            double left = Math.floor((width - side - GAP - Math.min(wordsWidth, words.prefWidth(-1))) / 2);
            left = Math.max(0, left);
            code.resizeRelocate(left, Math.floor((height - side) / 2), side, side);
            words.resizeRelocate(left + side + GAP, Math.floor((height - wordsHeight) / 2),
                    Math.min(wordsWidth, width - left - side - GAP), wordsHeight);
        }

        private static boolean upright(double width, double height) {
            return height > width * 1.2;
        }

        private static double codeSpace(double width) {
            return Math.min(Math.floor(width * CODE_SHARE), width - GAP - MIN_WORDS_WIDTH);
        }

        /** Whole modules only: a code scaled by a fraction of a pixel per module blurs for a phone's camera. */
        private int side(double space) {
            return (int) (Math.floor(Math.max(0, space) / code.moduleCount()) * code.moduleCount());
        }

        /** Its height depends on its width: the parent asks with the width it will give. */
        @Override
        public javafx.geometry.Orientation getContentBias() {
            return javafx.geometry.Orientation.HORIZONTAL;
        }

        /** The words wrapped at the width they will get, so the kiosk can tell when they need smaller type. */
        @Override
        protected double computePrefHeight(double width) {
            if (width <= 0) {
                return words.prefHeight(-1);
            }
            return words.prefHeight(Math.max(0, width - side(codeSpace(width)) - GAP));
        }

        @Override
        protected double computeMinHeight(double width) {
            return 0;
        }
    }
}
