package io.schemadoc.output.diff;

import io.schemadoc.analysis.diff.Change;
import java.util.List;

/**
 * The diff for a pull-request comment: a one-line verdict, a summary table with one row per object, then
 * the details of each changed object. Everything from the schema is escaped (see {@link Md}).
 */
public final class MarkdownDiffRenderer {
    private MarkdownDiffRenderer() {}

    public static String render(DiffReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## Schema diff\n\n");
        out.append(Md.code(report.from())).append(" → ").append(Md.code(report.to())).append(": ");
        if (report.equal()) {
            out.append("**no differences**.\n");
            return out.toString();
        }
        out.append("**").append(report.changes().size()).append(report.changes().size() == 1 ? " difference" : " differences")
            .append("** (").append(report.count(Change.Added.class)).append(" added, ")
            .append(report.count(Change.Removed.class)).append(" removed, ")
            .append(report.count(Change.Changed.class)).append(" changed).\n\n");
        List<DiffReport.Group> groups = report.groups();
        out.append("| Change | Kind | Object | Details |\n|---|---|---|---|\n");
        for (DiffReport.Group g : groups) {
            out.append("| ").append(g.verb()).append(" | ").append(g.owner().kind().label()).append(" | ")
                .append(Md.code(g.owner().displayName())).append(" | ").append(details(g)).append(" |\n");
        }
        boolean headed = false;
        for (DiffReport.Group g : groups) {
            if (g.changes().isEmpty()) {
                continue;
            }
            if (!headed) {
                out.append("\n### Details\n");
                headed = true;
            }
            out.append("\n#### ").append(g.owner().kind().label()).append(' ').append(Md.code(g.owner().displayName())).append("\n\n");
            for (Change c : g.changes()) {
                item(out, c);
            }
        }
        return out.toString();
    }

    private static String details(DiffReport.Group g) {
        if (g.self() instanceof Change.Added a) {
            return cell(a.summary(), a.hint());
        }
        if (g.self() instanceof Change.Removed r) {
            return cell(r.summary(), r.hint());
        }
        int n = g.changes().size();
        return n + (n == 1 ? " change" : " changes");
    }

    private static String cell(String summary, String hint) {
        String s = summary == null ? "" : Md.code(summary);
        if (hint != null) {
            s += (s.isEmpty() ? "" : " ") + "*" + Md.text(hint) + "*";
        }
        return s;
    }

    private static void item(StringBuilder out, Change c) {
        boolean member = !c.id().equals(c.id().owner());
        String subject = member ? c.id().kind().label() + " " + Md.code(c.id().name()) : "";
        if (c instanceof Change.Added a) {
            out.append("- added ").append(subject).append(summary(a.summary(), a.hint())).append('\n');
        } else if (c instanceof Change.Removed r) {
            out.append("- removed ").append(subject).append(summary(r.summary(), r.hint())).append('\n');
        } else {
            Change.Changed ch = (Change.Changed) c;
            String label = Labels.enumLabel(ch);
            out.append("- ").append(subject.isEmpty() ? "" : subject + " ");
            if (label != null) {
                out.append(label).append(": ").append(Md.code(ch.oldValue() == null ? ch.newValue() : ch.oldValue())).append('\n');
            } else if (LineDiff.isMultiLine(ch.oldValue(), ch.newValue())) {
                String body = String.join("\n", LineDiff.lines(ch.oldValue(), ch.newValue()));
                String fence = Md.fence(body);
                out.append(Md.text(Labels.field(ch.field()))).append(":\n\n  ").append(fence).append("diff\n");
                for (String line : body.split("\n", -1)) {
                    out.append("  ").append(TextDiffRenderer.clean(line)).append('\n');
                }
                out.append("  ").append(fence).append('\n');
            } else {
                out.append(Md.text(Labels.field(ch.field()))).append(": ")
                    .append(value(ch.oldValue())).append(" → ").append(value(ch.newValue())).append('\n');
            }
        }
    }

    private static String summary(String summary, String hint) {
        String s = summary == null ? "" : ": " + Md.code(summary);
        return hint == null ? s : s + " (*" + Md.text(hint) + "*)";
    }

    private static String value(String v) {
        return v == null ? "*none*" : Md.code(v);
    }
}
