package io.schemadoc.analysis.lint;

import io.schemadoc.Parallel;
import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigException;
import io.schemadoc.model.LiveStats;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the rules over a schema and applies the config: rules turned off or on, severities changed, objects
 * excluded by glob, objects opted out by {@code schemadoc:ignore <rule-id>} in their COMMENT.
 * Pure: the model (and, for live rules, statistics read beforehand) in, findings out.
 */
public final class Linter {
    private final Config.LintSettings settings;

    /** Validates the lint settings against the known rules; throws {@link ConfigException} naming a bad entry. */
    public Linter(Config.LintSettings settings) {
        this.settings = settings == null ? Config.LintSettings.DEFAULT : settings;
        validate(this.settings);
    }

    static void validate(Config.LintSettings settings) {
        Set<String> unknown = new TreeSet<>();
        for (Map.Entry<String, Config.RuleSettings> e : settings.rules().entrySet()) {
            if (Rules.byId(e.getKey()) == null) {
                unknown.add(e.getKey());
                continue;
            }
            String severity = e.getValue() == null ? null : e.getValue().severity();
            if (severity != null && !severity.strip().equalsIgnoreCase("off") && Severity.parse(severity) == null) {
                throw new ConfigException("lint.rules." + e.getKey() + ".severity: '" + severity + "' is not one of error, warning, info, off");
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConfigException("lint.rules: unknown rule id " + String.join(", ", unknown)
                + " (see docs/lint-rules.md for the ids)");
        }
        if (settings.maxCascadeDepth() < 1) {
            throw new ConfigException("lint.maxCascadeDepth: " + settings.maxCascadeDepth() + " must be at least 1");
        }
    }

    /** Lints a schema read from SQL files or a snapshot: live rules are skipped with one note. */
    public LintResult lint(Schema schema) {
        return lint(schema, null);
    }

    /** Lints a schema; {@code stats} is null unless SOURCE is a live database. */
    public LintResult lint(Schema schema, LiveStats stats) {
        return lint(schema, stats, () -> { });
    }

    /** The rules a run goes through ({@link #lint(Schema, LiveStats, Runnable)} calls back once for each). */
    public int ruleCount() {
        return Rules.all().size();
    }

    /**
     * As {@link #lint(Schema, LiveStats)}, calling {@code eachRule} as each rule starts (for a progress line; from
     * any thread). The rules run in parallel (they only read the schema, the statistics and what they share through
     * the context); their findings are gathered in the order of {@link Rules#all()}, so the result never depends on
     * the threads.
     */
    public LintResult lint(Schema schema, LiveStats stats, Runnable eachRule) {
        SchemaIndex index = new SchemaIndex(schema);
        LintContext.Shared shared = new LintContext.Shared(schema);
        List<Run> runs = Parallel.map(Rules.all(), rule -> {
            eachRule.run();
            return run(rule, schema, stats, index, shared);
        });
        List<Finding> findings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<LintResult.RuleRun> ran = new ArrayList<>();
        List<String> skippedLive = new ArrayList<>();
        for (Run run : runs) {
            if (run == null) {
                continue;
            }
            Rule rule = run.rule();
            if (run.context() == null) {
                skippedLive.add(rule.id());
                continue;
            }
            ran.add(new LintResult.RuleRun(rule, run.severity()));
            notes.addAll(run.context().notes());
            List<String> excludes = excludes(rule);
            for (LintContext.Raw raw : run.context().raw()) {
                Finding f = raw.finding();
                if (excluded(f, excludes) || ignored(rule.id(), raw.comments())) {
                    continue;
                }
                findings.add(f.withSeverity(run.severity()));
            }
        }
        if (!skippedLive.isEmpty()) {
            notes.add("live rules skipped (SOURCE is not a live database): " + String.join(", ", skippedLive));
        }
        if (stats != null) {
            notes.addAll(stats.notes());
        }
        return new LintResult(findings, notes, ran);
    }

    /** One rule's run: its context holds what it found; null context when it is live and there are no statistics. */
    private record Run(Rule rule, Severity severity, LintContext context) {}

    /** Runs one rule, or returns null when it is off. */
    private Run run(Rule rule, Schema schema, LiveStats stats, SchemaIndex index, LintContext.Shared shared) {
        Severity severity = effectiveSeverity(rule);
        if (severity == null) {
            return null;
        }
        if (rule instanceof LiveRule && stats == null) {
            return new Run(rule, severity, null);
        }
        LintContext ctx = new LintContext(rule, schema, index, settings, shared);
        if (rule instanceof SchemaRule r) {
            r.check(ctx);
        } else if (rule instanceof LiveRule r) {
            r.check(ctx, stats);
        }
        return new Run(rule, severity, ctx);
    }

    /** The severity the rule runs with, or null when it is off. */
    Severity effectiveSeverity(Rule rule) {
        Config.RuleSettings rs = settings.rules().get(rule.id());
        String configured = rs == null ? null : rs.severity();
        if (configured == null) {
            return rule.enabledByDefault() ? rule.defaultSeverity() : null;
        }
        if (configured.strip().equalsIgnoreCase("off")) {
            return null;
        }
        return Severity.parse(configured);
    }

    private List<String> excludes(Rule rule) {
        Config.RuleSettings rs = settings.rules().get(rule.id());
        return rs == null ? List.of() : rs.exclude();
    }

    private static boolean excluded(Finding f, List<String> globs) {
        String object = f.schema() + "." + f.object();
        for (String glob : globs) {
            java.util.regex.Pattern p = io.schemadoc.config.Glob.pattern(glob);
            if (p.matcher(object).matches() || p.matcher(f.logicalName()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean ignored(String ruleId, List<String> comments) {
        for (String c : comments) {
            if (IgnoreComments.ruleIds(c).contains(ruleId)) {
                return true;
            }
        }
        return false;
    }
}
