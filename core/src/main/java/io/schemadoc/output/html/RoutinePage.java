package io.schemadoc.output.html;

import io.schemadoc.model.Routine;
import io.schemadoc.model.Trigger;
import java.util.Locale;

/** A routine's page: signature, properties, comment, the triggers that call it, and its body. */
final class RoutinePage {
    private RoutinePage() {}

    static String render(SiteContext site, Routine r) {
        StringBuilder out = new StringBuilder(2048 + (r.body() == null ? 0 : r.body().length()));
        out.append("<h1><code>").append(Html.text(r.signature())).append("</code> <span class=\"kind\">")
            .append(r.kind().name().toLowerCase(Locale.ROOT)).append("</span></h1>\n");
        TableSections.heading(out, "description", "Description");
        out.append(r.comment() == null ? "<p class=\"none\">No comment.</p>\n" : "<p class=\"comment\">" + Html.text(r.comment()) + "</p>\n");
        out.append("<dl class=\"facts\">\n");
        fact(out, "Arguments", r.argumentsText() == null || r.argumentsText().isEmpty() ? "none" : r.argumentsText(), true);
        fact(out, "Returns", r.returns() == null ? "(procedure)" : (r.returnsSet() && !r.returns().startsWith("SETOF") && !r.returns().startsWith("TABLE") ? "SETOF " : "") + r.returns(), true);
        fact(out, "Language", r.language(), false);
        fact(out, "Volatility", r.volatility() == null ? null : r.volatility().name().toLowerCase(Locale.ROOT), false);
        if (r.strict()) {
            fact(out, "Strict", "yes (returns null on null input)", false);
        }
        fact(out, "Security", r.securityDefiner() ? "SECURITY DEFINER" : "SECURITY INVOKER", false);
        if (r.leakproof()) {
            fact(out, "Leakproof", "yes", false);
        }
        for (String s : r.settings()) {
            fact(out, "SET", s, true);
        }
        fact(out, "Owner", r.owner(), false);
        fact(out, "Extension", r.extension(), false);
        if (r.source() != null) {
            fact(out, "Created in", r.source().toString(), true);
        }
        out.append("</dl>\n</section>\n");
        StringBuilder callers = new StringBuilder();
        for (SiteContext.TriggerUse use : site.triggersByFunction().getOrDefault(r.signature(), java.util.List.of())) {
            Trigger tr = use.trigger();
            callers.append("<li><code>").append(Html.text(tr.name())).append("</code> on ")
                .append(TableSections.tableLink(site, use.table().qualifiedName(), "")).append(" <span class=\"tag\">")
                .append(Html.text(tr.timing().sql())).append(' ')
                .append(Html.text(tr.events().stream().map(Enum::name).reduce((a, b) -> a + " OR " + b).orElse(""))).append("</span></li>\n");
        }
        if (!callers.isEmpty()) {
            TableSections.heading(out, "triggers", "Called by Triggers");
            out.append("<ul>\n").append(callers).append("</ul>\n</section>\n");
        }
        AnalysisSections.dependencies(site, r, out);
        if (r.body() != null) {
            TableSections.heading(out, "body", "Body");
            out.append("<pre><code>").append(Html.text(r.body().strip())).append("</code></pre>\n</section>\n");
        }
        return Page.frame(site, "", r.signature(), out.toString());
    }

    private static void fact(StringBuilder out, String name, String value, boolean code) {
        if (value == null) {
            return;
        }
        out.append("<dt>").append(name).append("</dt><dd>").append(code ? "<code>" : "").append(Html.text(value)).append(code ? "</code>" : "").append("</dd>\n");
    }
}
