package vn.tiepdon.kiosk.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Every piece of text in a scene graph, for checks that no screen shows what it must not. */
final class SceneText {

    private SceneText() {
    }

    static List<String> all(Node node) {
        List<String> texts = new ArrayList<>();
        collect(node, texts, false);
        return texts;
    }

    /** Only what a person can see: hidden branches are skipped. */
    static List<String> visible(Node node) {
        List<String> texts = new ArrayList<>();
        collect(node, texts, true);
        return texts;
    }

    private static void collect(Node node, List<String> texts, boolean visibleOnly) {
        if (visibleOnly && !node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof Text text && text.getText() != null) {
            texts.add(text.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts, visibleOnly);
            }
        }
    }
}
