package vn.tiepdon.archfixture.kiosk;

import javafx.scene.control.Label;

/** A view-model holding a JavaFX control. */
public final class ShowsItself {

    Label label;
}
