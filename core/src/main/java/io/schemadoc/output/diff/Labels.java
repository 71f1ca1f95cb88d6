package io.schemadoc.output.diff;

import io.schemadoc.analysis.diff.Change;
import io.schemadoc.analysis.diff.ObjectId;
import io.schemadoc.analysis.diff.ObjectKind;

/** Words shared by the human-readable renderers. */
final class Labels {
    private Labels() {}

    /** {@code rlsEnabled} → {@code rls enabled}: field names as words. */
    static String field(String field) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isUpperCase(c)) {
                s.append(' ').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    static String object(ObjectId id) {
        return id.kind().label() + " " + id.displayName();
    }

    static char sign(Change c) {
        return c instanceof Change.Added ? '+' : c instanceof Change.Removed ? '-' : '~';
    }

    /** An enum label added or removed reads better as its own line than as a field change. */
    static String enumLabel(Change.Changed c) {
        if (c.id().kind() == ObjectKind.ENUM && c.field().equals("label")) {
            return c.oldValue() == null ? "label added" : "label removed";
        }
        return null;
    }
}
