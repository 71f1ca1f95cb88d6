package io.schemadoc.analysis.lint;

import java.util.Map;

/**
 * Lint findings as lines a terminal or CI log shows, compiler style: {@code file:line: severity [rule] object: message}
 * when the object's migration is known, else {@code object: severity [rule] message}; then notes and a summary.
 * Names from the schema are printed as they are, with control characters made visible.
 */
public final class LintTextRenderer {
    private LintTextRenderer() {}

    public static String render(LintResult result) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : result.findings()) {
            if (f.location() != null) {
                sb.append(clean(f.location().toString())).append(": ").append(f.severity().word())
                    .append(" [").append(f.ruleId()).append("] ").append(clean(f.logicalName())).append(": ");
            } else {
                sb.append(clean(f.logicalName())).append(": ").append(f.severity().word()).append(" [").append(f.ruleId()).append("] ");
            }
            sb.append(clean(f.message())).append('\n');
        }
        for (String note : result.notes()) {
            sb.append("note: ").append(clean(note)).append('\n');
        }
        Map<Severity, Long> counts = result.counts();
        int n = result.findings().size();
        sb.append(n == 0 ? "no findings" : n + (n == 1 ? " finding" : " findings"))
            .append(" (").append(counts.get(Severity.ERROR)).append(" error, ")
            .append(counts.get(Severity.WARNING)).append(" warning, ")
            .append(counts.get(Severity.INFO)).append(" info) from ").append(result.rules().size()).append(" rules\n");
        return sb.toString();
    }

    /** Newlines and other control characters in names or comments would forge extra lines in a CI log. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
