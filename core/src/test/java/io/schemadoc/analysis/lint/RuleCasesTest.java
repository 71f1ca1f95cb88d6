package io.schemadoc.analysis.lint;

import io.schemadoc.model.LiveStats;
import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.Config;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.Schema;
import io.schemadoc.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The completeness test: every rule has an id, a title, a reason, a case that trips it (schema {@code t_<rule>})
 * and a near miss that does not ({@code c_<rule>}), on a real PostgreSQL; and a well-designed schema trips no rule
 * at all, with every rule turned on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleCasesTest {
    Schema cases;
    LintResult result;

    /** The PostgreSQL major the cases run on; a subclass runs them on another. */
    int pg() {
        return 18;
    }

    static String sql(String name) {
        try (InputStream in = RuleCasesTest.class.getResourceAsStream("/lint/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String schemaOf(String kind, Rule rule) {
        return kind + "_" + rule.id().replace('-', '_');
    }

    /** Every rule on, at its default severity; the exposed-schema rule told which schemas are exposed. */
    static Config.LintSettings allOn(List<String> exposed) {
        Map<String, Config.RuleSettings> rules = new HashMap<>();
        for (Rule r : Rules.all()) {
            rules.put(r.id(), new Config.RuleSettings(r.defaultSeverity().word(), List.of()));
        }
        return new Config.LintSettings(rules, exposed, 3, false);
    }

    /** Statistics as a live database would report them for the t_/c_ schemas of the live rules. */
    static LiveStats liveCases() {
        long mb = 1024 * 1024;
        return new LiveStats(30,
            List.of(
                new LiveStats.IndexUsage("t_unused_index", "t", "t_a", 0, 8192, -1),
                new LiveStats.IndexUsage("c_unused_index", "t", "t_a", 12, 8192, -1),
                new LiveStats.IndexUsage("t_index_bloat", "t", "t_pkey", 40, 200 * mb, 20 * mb),
                new LiveStats.IndexUsage("c_index_bloat", "t", "t_pkey", 40, 22 * mb, 20 * mb)),
            List.of(
                new LiveStats.ColumnStats("t_low_selectivity_index", "t", "status", 3, 0, 50_000),
                new LiveStats.ColumnStats("c_low_selectivity_index", "t", "status", -0.4, 0, 50_000)),
            List.of(
                new LiveStats.SequenceUse("t_sequence_near_exhaustion", "s", 2_000_000_000L, Integer.MAX_VALUE, 1, 1),
                new LiveStats.SequenceUse("c_sequence_near_exhaustion", "s", 1_000_000L, Integer.MAX_VALUE, 1, 1)),
            List.of(
                new LiveStats.TableUsage("t_table_bloat", "t", 0, 0, 10, 1_000, 90_000, 300 * mb, 10 * mb),
                new LiveStats.TableUsage("c_table_bloat", "t", 0, 0, 10, 1_000, 10, 12 * mb, 10 * mb),
                new LiveStats.TableUsage("t_seq_scan_heavy", "t", 400, 20_000_000, 3, 50_000, 0, 8 * mb, -1),
                new LiveStats.TableUsage("c_seq_scan_heavy", "t", 400, 20_000_000, 9_000, 50_000, 0, 8 * mb, -1)),
            List.of());
    }

    @BeforeAll
    void lintCases() {
        cases = TestDatabases.schemaOf(pg(), sql("rule-cases.sql"));
        result = new Linter(allOn(List.of("t_exposed_table_without_rls", "c_exposed_table_without_rls"))).lint(cases, liveCases());
    }

    @Test
    void everyRuleIsDocumentedAndHasBothCases() {
        List<String> schemas = cases.schemas().stream().map(Namespace::name).toList();
        assertThat(Rules.all()).isNotEmpty();
        for (Rule r : Rules.all()) {
            assertThat(r.id()).as("rule id").matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.title()).as(r.id() + " title").isNotBlank().doesNotEndWith(".");
            assertThat(Rules.paragraph(r.reason())).as(r.id() + " reason").hasSizeGreaterThan(150).doesNotContain("\n");
            assertThat(schemas).as(r.id() + " cases").contains(schemaOf("t", r), schemaOf("c", r));
        }
        assertThat(Rules.all().stream().map(Rule::id).distinct().count()).isEqualTo(Rules.all().size());
    }

    @TestFactory
    Stream<DynamicTest> everyRuleTripsOnItsCase() {
        return Rules.all().stream().map(r -> DynamicTest.dynamicTest(r.id(), () ->
            assertThat(result.findings()).as("findings of " + r.id() + " in " + schemaOf("t", r))
                .anyMatch(f -> f.ruleId().equals(r.id()) && f.schema().equals(schemaOf("t", r)))));
    }

    @TestFactory
    Stream<DynamicTest> noRuleTripsOnItsNearMiss() {
        return Rules.all().stream().map(r -> DynamicTest.dynamicTest(r.id(), () ->
            assertThat(result.findings()).as("findings of " + r.id() + " in " + schemaOf("c", r))
                .noneMatch(f -> f.ruleId().equals(r.id()) && f.schema().equals(schemaOf("c", r)))));
    }

    @Test
    void unusedIndexWaitsForAWeekOfStatistics() {
        LiveStats fresh = new LiveStats(2.5, liveCases().indexes(), List.of(), List.of(), List.of(), List.of());
        LintResult r = new Linter(Config.LintSettings.DEFAULT).lint(cases, fresh);
        assertThat(r.findings()).noneMatch(f -> f.ruleId().equals("unused-index"));
        assertThat(r.notes()).contains("unused-index: statistics were reset 2.5 days ago; waiting for 7 days before calling an index unused");
    }

    @Test
    void aWellDesignedSchemaTripsNoRule() {
        Schema clean = TestDatabases.schemaOf(pg(), sql("clean.sql"));
        LintResult r = new Linter(allOn(List.of("shop"))).lint(clean, new LiveStats(-1, List.of(), List.of(), List.of(), List.of(), List.of()));
        assertThat(r.findings()).isEmpty();
        assertThat(r.rules()).hasSize(Rules.all().size());
    }
}
