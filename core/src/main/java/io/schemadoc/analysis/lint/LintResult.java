package io.schemadoc.analysis.lint;

import io.schemadoc.model.QualifiedName;
import java.util.List;
import java.util.Map;

/**
 * What a lint run found, sorted ({@link Finding#ORDER}); {@code notes} are lines about the run itself (rules
 * skipped and why); {@code rules} are the rules that ran with their effective severities, in id order.
 */
public record LintResult(List<Finding> findings, List<String> notes, List<RuleRun> rules) {

    /** A rule that ran, with the severity the config gave it. */
    public record RuleRun(Rule rule, Severity severity) {}

    public LintResult {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        notes = List.copyOf(notes);
        rules = List.copyOf(rules);
    }

    /** Findings about one table or view and the things inside it (columns, indexes, constraints, triggers, policies). */
    public List<Finding> findingsFor(QualifiedName table) {
        return findings.stream()
            .filter(f -> f.kind() != ObjectKind.ROUTINE && f.kind() != ObjectKind.SEQUENCE)
            .filter(f -> f.schema().equals(table.schema()) && f.object().equals(table.name()))
            .toList();
    }

    /** Whether any finding is at least as severe as {@code threshold}. */
    public boolean hasAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    public Map<Severity, Long> counts() {
        java.util.EnumMap<Severity, Long> counts = new java.util.EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, findings.stream().filter(f -> f.severity() == s).count());
        }
        return counts;
    }
}
