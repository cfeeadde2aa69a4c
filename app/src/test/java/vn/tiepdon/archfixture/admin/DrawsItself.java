package vn.tiepdon.archfixture.admin;

import javafx.scene.Node;

/** The domain holding a JavaFX node. */
public final class DrawsItself {

    Node node;
}
