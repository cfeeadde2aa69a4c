package vn.tiepdon.kiosk.fx;

import java.util.Map;
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

    /** Drawings on a 24-unit grid, stroked: one per service tile picture ({@code service.N.icon}). */
    private static final Map<String, String> SERVICE_DRAWINGS = Map.of(
            "stethoscope", "M6 3 V9 A4 4 0 0 0 14 9 V3 M10 13 V16 A4 4 0 0 0 18 16 V14 M18 14 A2 2 0 1 0 18 10"
                    + " A2 2 0 1 0 18 14",
            "insurance-card", "M2 5 H22 V19 H2 Z M5 9 H11 M5 13 H10 M16 9 V15 M13 12 H19",
            "test-tube", "M8 2 H16 M9.5 2 V18 A2.5 2.5 0 0 0 14.5 18 V2 M9.5 11 H14.5",
            "x-ray", "M3 3 H21 V21 H3 Z M12 6 V18 M8.5 8.5 H15.5 M8 12 H16 M8.5 15.5 H15.5",
            "pill", "M4 14 L14 4 A4.2 4.2 0 0 1 20 10 L10 20 A4.2 4.2 0 0 1 4 14 Z M9 9 L15 15",
            "syringe", "M3 21 L6 18 M5 13 L11 19 M8 16 L18 6 M15 3 L21 9 M13 8 L16 11",
            "child", "M12 3 A2.5 2.5 0 1 0 12 8 A2.5 2.5 0 1 0 12 3 M6 11 H18 M12 11 V16 M8.5 22 L12 16 L15.5 22",
            "tooth", "M7 3 C3 3 3 8 5 11 L7 20 C8 22 9 21 9.5 19 L10.5 15 H13.5 L14.5 19 C15 21 16 22 17 20"
                    + " L19 11 C21 8 21 3 17 3 C15 3 14 4 12 4 C10 4 9 3 7 3 Z",
            "eye", "M2 12 C6 5 18 5 22 12 C18 19 6 19 2 12 Z M12 9 A3 3 0 1 0 12 15 A3 3 0 1 0 12 9",
            "heart", "M12 20 L4 12 A4.5 4.5 0 0 1 12 6 A4.5 4.5 0 0 1 20 12 Z");

    /** The picture on a service's tile; an unknown name gets the stethoscope. */
    static Node service(String icon) {
        return drawing(SERVICE_DRAWINGS.getOrDefault(icon, SERVICE_DRAWINGS.get("stethoscope")), 24, 0.85,
                "tile-icon");
    }

    static Node check() {
        return badge("M6 13 L11 18 L20 7", "icon-ok");
    }

    static Node warning() {
        return badge("M13 5 L13 15 M13 19 L13 21", "icon-warning");
    }

    /** The hospital's emblem when no logo is configured: a red cross on white. */
    static Node emblem() {
        SVGPath cross = new SVGPath();
        cross.setContent("M9 3 H15 V9 H21 V15 H15 V21 H9 V15 H3 V9 H9 Z");
        cross.getStyleClass().add("logo-cross");
        StackPane box = new StackPane(cross);
        scaleToBox(cross, box, 24, 0.7);
        return box;
    }

    private static Node badge(String strokePath, String styleClass) {
        StackPane circle = drawing(strokePath, 26, 0.62, "icon", styleClass);
        return circle;
    }

    /**
     * A drawing that grows with its box, which the style sheet sizes in em: pictures scale with the type, from a
     * 1024x768 panel to a portrait 1080x1920 one and in large-text mode.
     *
     * @param grid the drawing's coordinates run from 0 to this
     */
    private static StackPane drawing(String path, double grid, double share, String... styleClasses) {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.getStyleClass().add("icon-mark");
        StackPane box = new StackPane(shape);
        box.getStyleClass().addAll(styleClasses);
        box.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        scaleToBox(shape, box, grid, share);
        return box;
    }

    /** The shape fills {@code share} of its box, scaled about its centre (layout ignores scaling). */
    private static void scaleToBox(SVGPath shape, Region box, double grid, double share) {
        // A plain listener: the binding library costs the first screen the loading of a hundred classes.
        box.layoutBoundsProperty().addListener((o, before, now) -> {
            double scale = Math.max(0.05, Math.min(now.getWidth(), now.getHeight()) * share / grid);
            shape.setScaleX(scale);
            shape.setScaleY(scale);
        });
    }

    /** Pictures keep their size whatever the layout around them wants. */
    private static void fixSize(Region region, double width, double height) {
        region.setMinSize(width, height);
        region.setPrefSize(width, height);
        region.setMaxSize(width, height);
    }
}
