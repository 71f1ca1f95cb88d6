package io.schemadoc.output.diff;

import io.schemadoc.analysis.diff.Change;
import java.util.List;

/**
 * The diff for a terminal: one block per object, {@code +} added, {@code -} removed, {@code ~} changed,
 * members indented under their table, multi-line values (bodies, view definitions) as a line diff.
 * Control characters from the schema are shown escaped so a comment cannot drive the terminal.
 */
public final class TextDiffRenderer {
    private TextDiffRenderer() {}

    public static String render(DiffReport report) {
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(clean(report.from())).append('\n');
        out.append("+++ ").append(clean(report.to())).append('\n');
        if (report.equal()) {
            out.append("No differences.\n");
            return out.toString();
        }
        out.append(report.changes().size()).append(report.changes().size() == 1 ? " difference: " : " differences: ")
            .append(report.count(Change.Added.class)).append(" added, ")
            .append(report.count(Change.Removed.class)).append(" removed, ")
            .append(report.count(Change.Changed.class)).append(" changed\n");
        for (DiffReport.Group g : report.groups()) {
            out.append('\n');
            if (g.self() != null) {
                line(out, "", g.self());
            } else {
                out.append("~ ").append(clean(Labels.object(g.owner()))).append('\n');
            }
            for (Change c : g.changes()) {
                line(out, "    ", c);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String indent, Change c) {
        if (c instanceof Change.Changed ch) {
            changed(out, indent, ch);
            return;
        }
        String summary = c instanceof Change.Added a ? a.summary() : ((Change.Removed) c).summary();
        String hint = c instanceof Change.Added a ? a.hint() : ((Change.Removed) c).hint();
        out.append(indent).append(Labels.sign(c)).append(' ').append(clean(Labels.object(c.id())));
        if (summary != null) {
            out.append(": ").append(clean(oneLine(summary)));
        }
        if (hint != null) {
            out.append(" (").append(clean(hint)).append(')');
        }
        out.append('\n');
    }

    private static void changed(StringBuilder out, String indent, Change.Changed c) {
        out.append(indent).append("~ ");
        boolean member = !c.id().equals(c.id().owner());
        if (member || indent.isEmpty()) {
            out.append(clean(Labels.object(c.id()))).append(' ');
        }
        String label = Labels.enumLabel(c);
        if (label != null) {
            out.append(label).append(": ").append(clean(value(c.oldValue() == null ? c.newValue() : c.oldValue()))).append('\n');
            return;
        }
        out.append(clean(Labels.field(c.field())));
        if (LineDiff.isMultiLine(c.oldValue(), c.newValue())) {
            out.append(":\n");
            List<String> lines = LineDiff.lines(c.oldValue(), c.newValue());
            for (String l : lines) {
                out.append(indent).append("      ").append(clean(l)).append('\n');
            }
            return;
        }
        out.append(": ").append(clean(value(c.oldValue()))).append(" → ").append(clean(value(c.newValue()))).append('\n');
    }

    private static String value(String v) {
        if (v == null) {
            return "(none)";
        }
        return v.isEmpty() ? "''" : v;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }

    /** Escapes control characters (newlines included, which callers have already split on). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
