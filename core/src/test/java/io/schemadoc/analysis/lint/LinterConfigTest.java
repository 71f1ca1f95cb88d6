package io.schemadoc.analysis.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigException;
import io.schemadoc.config.ConfigLoader;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Schema;
import io.schemadoc.testing.TestDatabases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the config and COMMENT markers change what a lint run reports. */
class LinterConfigTest {
    static Schema schema;

    @BeforeAll
    static void read() {
        schema = TestDatabases.schemaOf(18, """
            create table public.a (id int primary key, at timestamp, b_id int);
            comment on column public.a.at is 'Legacy clock. schemadoc:ignore timestamp-without-time-zone';
            create table public.b (id int primary key, at timestamp, seen timestamp);
            create table public.audit_x (id int primary key, at timestamp);
            create table public.c (id int primary key, at timestamp);
            comment on table public.c is 'Imported as is. schemadoc:ignore timestamp-without-time-zone, unlinked-table schemadoc:ignore all-columns-nullable';
            """);
    }

    static List<String> names(LintResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::logicalName).toList();
    }

    static Config.LintSettings rules(Map<String, Config.RuleSettings> rules) {
        return new Config.LintSettings(rules, List.of(), 3, false);
    }

    @Test
    void defaultsReportAndCommentsOptOut() {
        LintResult r = new Linter(Config.LintSettings.DEFAULT).lint(schema);
        assertThat(names(r, "timestamp-without-time-zone")).containsExactly("public.audit_x.at", "public.b.at", "public.b.seen");
        assertThat(names(r, "unlinked-table")).containsExactly("public.a", "public.audit_x", "public.b");
        assertThat(names(r, "missing-table-comment")).as("off by default").isEmpty();
        assertThat(r.findings()).allMatch(f -> f.severity() == Rules.byId(f.ruleId()).defaultSeverity());
        assertThat(r.notes()).singleElement().asString().startsWith("live rules skipped");
    }

    @Test
    void severityOffAndExcludeGlobs() {
        LintResult r = new Linter(rules(Map.of(
            "timestamp-without-time-zone", new Config.RuleSettings("error", List.of("public.audit_*", "public.b.seen")),
            "unlinked-table", new Config.RuleSettings("off", List.of()),
            "missing-table-comment", new Config.RuleSettings("info", List.of())))).lint(schema);
        assertThat(names(r, "timestamp-without-time-zone")).containsExactly("public.b.at");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("timestamp-without-time-zone")).allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(names(r, "unlinked-table")).isEmpty();
        assertThat(names(r, "missing-table-comment")).containsExactly("public.a", "public.audit_x", "public.b");
        assertThat(r.hasAtLeast(Severity.ERROR)).isTrue();
        assertThat(r.rules()).noneMatch(run -> run.rule().id().equals("unlinked-table"));
    }

    @Test
    void findingsForOneTable() {
        LintResult r = new Linter(Config.LintSettings.DEFAULT).lint(schema);
        assertThat(r.findingsFor(new QualifiedName("public", "b"))).extracting(Finding::ruleId)
            .containsExactly("all-columns-nullable", "unlinked-table", "timestamp-without-time-zone", "timestamp-without-time-zone");
        assertThat(r.findingsFor(new QualifiedName("public", "c"))).isEmpty();
    }

    @Test
    void unknownRuleIdsAreNamed() {
        assertThatThrownBy(() -> new Linter(rules(Map.of("fk-without-indexes", new Config.RuleSettings("error", List.of()),
            "no-primary-key", new Config.RuleSettings("warning", List.of())))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("fk-without-indexes").hasMessageNotContaining("no-primary-key");
    }

    @Test
    void readFromYaml() {
        Config cfg = ConfigLoader.parse("""
            lint:
              exposedSchemas: [public]
              rules:
                timestamp-without-time-zone:
                  severity: info
                  exclude: ["public.b*"]
            """, ".schemadoc.yml");
        LintResult r = new Linter(cfg.lint()).lint(schema);
        assertThat(names(r, "timestamp-without-time-zone")).containsExactly("public.audit_x.at");
        assertThat(names(r, "exposed-table-without-rls")).containsExactly("public.a", "public.audit_x", "public.b", "public.c");
    }

    @Test
    void sameSchemaSameFindings() {
        Linter linter = new Linter(Config.LintSettings.DEFAULT);
        assertThat(LintJsonRenderer.render(linter.lint(schema))).isEqualTo(LintJsonRenderer.render(linter.lint(schema)));
    }
}
