package io.schemadoc.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Collects the changes of one comparison, applying the ignore options to comments and owners. */
final class ChangeList {
    private final DiffOptions options;
    private final List<Change> changes = new ArrayList<>();

    ChangeList(DiffOptions options) {
        this.options = options;
    }

    List<Change> changes() {
        return changes;
    }

    void added(ObjectId id, String summary, Object object) {
        changes.add(new Change.Added(id, summary, object, null));
    }

    void removed(ObjectId id, String summary, Object object) {
        changes.add(new Change.Removed(id, summary, object, null));
    }

    /** Records {@code field} as changed when the two values differ in their text form. */
    void field(ObjectId id, String field, Object oldValue, Object newValue) {
        String o = text(oldValue);
        String n = text(newValue);
        if (!Objects.equals(o, n)) {
            changes.add(new Change.Changed(id, field, o, n));
        }
    }

    void comment(ObjectId id, String oldValue, String newValue) {
        if (!options.ignoreComments()) {
            field(id, "comment", oldValue, newValue);
        }
    }

    void owner(ObjectId id, String oldValue, String newValue) {
        if (!options.ignoreOwners()) {
            field(id, "owner", oldValue, newValue);
        }
    }

    /** Booleans as true/false, enum constants in lower case with spaces, lists joined by ", ". */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(text(o));
            }
            return String.join(", ", parts);
        }
        return value.toString();
    }
}
