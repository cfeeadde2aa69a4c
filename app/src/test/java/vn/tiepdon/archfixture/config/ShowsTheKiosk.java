package vn.tiepdon.archfixture.config;

import vn.tiepdon.archfixture.kiosk.ShowsItself;

/** Settings knowing the kiosk's view-model: a desk command would need the screen to read its settings. */
public final class ShowsTheKiosk {

    ShowsItself screen;
}
