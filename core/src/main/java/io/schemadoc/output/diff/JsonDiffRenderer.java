package io.schemadoc.output.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemadoc.analysis.diff.Change;
import io.schemadoc.model.ModelJson;

/**
 * The diff for machines. Every key is always present, in this order (null when it does not apply):
 * <pre>
 * {"format": 1, "from": "…", "to": "…", "equal": false,
 *  "summary": {"added": 1, "removed": 0, "changed": 2},
 *  "changes": [{"change": "added|removed|changed", "kind": "column", "schema": "public", "table": "users",
 *               "tableKind": "table", "name": "email", "field": null, "old": null, "new": "text NOT NULL", "hint": null}]}
 * </pre>
 * {@code kind}/{@code tableKind} are {@link io.schemadoc.analysis.diff.ObjectKind} labels; {@code table} is set
 * for members of a table or view; routines are named {@code name(argument types)}. For added objects {@code new}
 * is a one-line summary (for removed ones {@code old}); for changed ones {@code field} names what changed and
 * {@code old}/{@code new} are A's and B's values. {@code hint} holds "possible rename …" hints.
 */
public final class JsonDiffRenderer {
    public static final int FORMAT = 1;

    private JsonDiffRenderer() {}

    public static String render(DiffReport report) {
        ObjectNode root = ModelJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("from", report.from());
        root.put("to", report.to());
        root.put("equal", report.equal());
        ObjectNode summary = root.putObject("summary");
        summary.put("added", report.count(Change.Added.class));
        summary.put("removed", report.count(Change.Removed.class));
        summary.put("changed", report.count(Change.Changed.class));
        ArrayNode changes = root.putArray("changes");
        for (Change c : report.changes()) {
            ObjectNode n = changes.addObject();
            n.put("change", c.verb());
            n.put("kind", c.id().kind().label());
            n.put("schema", c.id().schema());
            n.put("table", c.id().table());
            n.put("tableKind", c.id().tableKind() == null ? null : c.id().tableKind().label());
            n.put("name", c.id().name());
            if (c instanceof Change.Changed ch) {
                n.put("field", ch.field());
                n.put("old", ch.oldValue());
                n.put("new", ch.newValue());
                n.putNull("hint");
            } else if (c instanceof Change.Added a) {
                n.putNull("field");
                n.putNull("old");
                n.put("new", a.summary());
                n.put("hint", a.hint());
            } else if (c instanceof Change.Removed r) {
                n.putNull("field");
                n.put("old", r.summary());
                n.putNull("new");
                n.put("hint", r.hint());
            }
        }
        return ModelJson.pretty(root);
    }
}
