package io.schemadoc.analysis.lint;

/** Writes docs/lint-rules.md from the rules themselves, so the reference can never drift from the code. */
public final class LintRulesDoc {
    private LintRulesDoc() {}

    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# schemadoc lint rules\n\n");
        sb.append("<!-- Generated from the rules in src/main/java/io/schemadoc/analysis/lint by LintRulesDoc; do not edit by hand. -->\n\n");
        sb.append("`schemadoc lint SOURCE` checks these rules. In `.schemadoc.yml`, `lint.rules.<id>.severity` sets a rule to ")
            .append("`error`, `warning`, `info` or `off` (and turns on a rule that is off by default), and `lint.rules.<id>.exclude` ")
            .append("lists globs over `schema.table` or `schema.table.member` to skip. One object opts out with ")
            .append("`schemadoc:ignore <rule-id>` in its COMMENT (a table's comment covers its columns, indexes and constraints). ")
            .append("Live rules run only when SOURCE is a live database.\n\n");
        sb.append("| Rule | Severity | Kind | What it finds |\n|---|---|---|---|\n");
        for (Rule r : Rules.all()) {
            sb.append("| [`").append(r.id()).append("`](#").append(r.id()).append(") | ").append(r.defaultSeverity().word())
                .append(r.enabledByDefault() ? "" : " (off by default)").append(" | ")
                .append(r instanceof LiveRule ? "live" : "schema").append(" | ").append(r.title()).append(" |\n");
        }
        for (Rule r : Rules.all()) {
            sb.append("\n## ").append(r.id()).append("\n\n");
            sb.append("**").append(r.title()).append(".** Default severity: ").append(r.defaultSeverity().word())
                .append(r.enabledByDefault() ? "" : ", off by default").append(r instanceof LiveRule ? "; needs a live database" : "")
                .append(".\n\n");
            sb.append(Rules.paragraph(r.reason())).append('\n');
        }
        return sb.toString();
    }
}
