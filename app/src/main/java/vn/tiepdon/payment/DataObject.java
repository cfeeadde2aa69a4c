package vn.tiepdon.payment;

import java.util.List;
import java.util.Optional;

/**
 * One EMVCo data object: a two-digit ID and its value; templates also carry the objects nested in the value.
 * Kept for every tag, known or not, so that nothing a bank put in the code is lost.
 */
public record DataObject(String id, String value, List<DataObject> children) {

    public DataObject {
        children = List.copyOf(children);
    }

    /** A field with a plain value, as a test writes the expected decoding by hand. */
    static DataObject primitive(String id, String value) {
        return new DataObject(id, value, List.of());
    }

    public boolean isTemplate() {
        return !children.isEmpty();
    }

    /** The first child with this ID, if this is a template that has one. */
    public Optional<DataObject> child(String childId) {
        return find(children, childId);
    }

    public static Optional<DataObject> find(List<DataObject> objects, String id) {
        return objects.stream().filter(o -> o.id.equals(id)).findFirst();
    }
}
