package vn.tiepdon.kiosk.fx;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/**
 * Pictures drawn with shapes rather than font glyphs, so they look the same whatever
 * fonts the kiosk's operating system has.
 */
final class Icons {

    /** A fixed, made-up pattern: it only has to look like a QR code, never to scan as one. */
    private static final String[] QR_PATTERN = {
            "1111111010111111",
            "1000001001100001",
            "1011101011101101",
            "1011101000101101",
            "1011101010101101",
            "1000001011100001",
            "1111111010111111",
            "0000000011000000",
            "1101011100110110",
            "0110100011011001",
            "1111111001001011",
            "1000001011110100",
            "1011101000011011",
            "1011101011100101",
            "1000001001011010",
            "1111111010110111",
    };

    private static final double BADGE_SIZE = 84;
    private static final int QR_MODULE = 9;

    private Icons() {
    }

    /** An ID card with a QR code on it: what the patient is asked to hold under the scanner. */
    static Node cardWithQr() {
        // One path for all dark modules: 256 styled cells in a grid cost the first screen a tenth of a second.
        SVGPath modules = new SVGPath();
        modules.setContent(qrModulesPath());
        modules.getStyleClass().add("qr-dark");
        StackPane qr = new StackPane(modules);
        qr.getStyleClass().add("qr-pattern");
        Region photo = new Region();
        photo.getStyleClass().add("card-photo");
        fixSize(photo, 110, 140);
        StackPane.setAlignment(photo, javafx.geometry.Pos.CENTER_LEFT);
        StackPane.setAlignment(qr, javafx.geometry.Pos.CENTER_RIGHT);
        StackPane card = new StackPane(photo, qr);
        card.getStyleClass().add("id-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return card;
    }

    /** A square of {@value #QR_MODULE} pixels for every dark module of the pattern. */
    static String qrModulesPath() {
        StringBuilder path = new StringBuilder();
        for (int row = 0; row < QR_PATTERN.length; row++) {
            for (int col = 0; col < QR_PATTERN[row].length(); col++) {
                if (QR_PATTERN[row].charAt(col) == '1') {
                    path.append('M').append(col * QR_MODULE).append(' ').append(row * QR_MODULE)
                            .append(" h").append(QR_MODULE).append(" v").append(QR_MODULE)
                            .append(" h-").append(QR_MODULE).append(" z ");
                }
            }
        }
        return path.toString().strip();
    }

    static Node check() {
        return badge("M6 13 L11 18 L20 7", "icon-ok");
    }

    static Node warning() {
        return badge("M13 5 L13 15 M13 19 L13 21", "icon-warning");
    }

    private static Node badge(String strokePath, String styleClass) {
        SVGPath mark = new SVGPath();
        mark.setContent(strokePath);
        mark.getStyleClass().add("icon-mark");
        StackPane circle = new StackPane(mark);
        circle.getStyleClass().addAll("icon", styleClass);
        fixSize(circle, BADGE_SIZE, BADGE_SIZE);
        return circle;
    }

    /** Pictures keep their size whatever the layout around them wants. */
    private static void fixSize(Region region, double width, double height) {
        region.setMinSize(width, height);
        region.setPrefSize(width, height);
        region.setMaxSize(width, height);
    }
}
