package io.schemadoc.analysis.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemadoc.model.ModelJson;

/** Lint findings as JSON for scripts: findings in stable order, notes, and counts per severity. */
public final class LintJsonRenderer {
    private LintJsonRenderer() {}

    public static String render(LintResult result) {
        ObjectNode root = ModelJson.mapper().createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", f.ruleId());
            o.put("severity", f.severity().word());
            o.put("kind", f.kind().word());
            o.put("schema", f.schema());
            o.put("object", f.object());
            if (f.member() != null) {
                o.put("member", f.member());
            }
            o.put("name", f.logicalName());
            o.put("message", f.message());
            if (f.location() != null) {
                ObjectNode loc = o.putObject("location");
                loc.put("file", f.location().file());
                if (f.location().line() > 0) {
                    loc.put("line", f.location().line());
                }
            }
        }
        ArrayNode notes = root.putArray("notes");
        result.notes().forEach(notes::add);
        ObjectNode summary = root.putObject("summary");
        result.counts().forEach((s, n) -> summary.put(s.word(), n));
        ArrayNode rules = root.putArray("rules");
        for (LintResult.RuleRun run : result.rules()) {
            rules.addObject().put("id", run.rule().id()).put("severity", run.severity().word());
        }
        return ModelJson.pretty(root);
    }
}
