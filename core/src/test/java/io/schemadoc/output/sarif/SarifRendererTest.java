package io.schemadoc.output.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.schemadoc.analysis.lint.Finding;
import io.schemadoc.analysis.lint.LintResult;
import io.schemadoc.analysis.lint.Linter;
import io.schemadoc.config.Config;
import io.schemadoc.model.ModelJson;
import io.schemadoc.model.Schema;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.source.SqlFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifRendererTest {
    static LintResult result;

    @BeforeAll
    static void lint() {
        Schema schema = new SqlFiles(Path.of("src/test/resources/lint/migrations")).read(ReadOptions.defaults());
        result = new Linter(Config.LintSettings.DEFAULT).lint(schema);
    }

    static JsonNode parse(String json) throws Exception {
        return ModelJson.mapper().readTree(json);
    }

    @Test
    void wellFormedForGitHubWithMigrationLocations() throws Exception {
        String sarif = SarifRenderer.render(result, new SarifRenderer.Options("db/migrations/", null, null));
        JsonNode log = parse(sarif);
        assertThat(SarifStructure.check(log, true)).isEmpty();
        JsonNode results = log.at("/runs/0/results");
        assertThat(results.size()).isEqualTo(result.findings().size()).isGreaterThan(4);
        List<String> places = new ArrayList<>();
        for (JsonNode r : results) {
            places.add(r.path("ruleId").asText() + " " + r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()
                + ":" + r.at("/locations/0/physicalLocation/region/startLine").asInt()
                + " " + r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
        }
        assertThat(places).contains(
            "serial-instead-of-identity db/migrations/001_init.sql:2 public.customers.id",
            "timestamp-without-time-zone db/migrations/001_init.sql:2 public.customers.created",
            "fk-type-mismatch db/migrations/001_init.sql:8 public.odd name.customer_id",
            "json-column db/migrations/002_orders.sql:1 public.orders.doc",
            "security-definer-search-path db/migrations/002_orders.sql:7 public.touch()");
        assertThat(sarif).contains("db/migrations/001_init.sql").doesNotContain("odd name.sql");
        JsonNode rule = log.at("/runs/0/tool/driver/rules/0");
        assertThat(rule.at("/help/markdown").asText()).contains("**");
        assertThat(rule.at("/fullDescription/text").asText()).hasSizeGreaterThan(100);
    }

    @Test
    void withoutFilesResultsUseLogicalLocationsOrTheAnchor() throws Exception {
        List<Finding> stripped = result.findings().stream()
            .map(f -> new Finding(f.ruleId(), f.severity(), f.kind(), f.schema(), f.object(), f.member(), f.message(), null)).toList();
        LintResult live = new LintResult(stripped, result.notes(), result.rules());
        JsonNode logical = parse(SarifRenderer.render(live, SarifRenderer.Options.DEFAULT));
        assertThat(SarifStructure.check(logical, false)).isEmpty();
        assertThat(SarifStructure.check(logical, true)).as("GitHub rejects results without a file").isNotEmpty();
        assertThat(logical.at("/runs/0/results/0/locations/0/logicalLocations/0/kind").asText()).isNotEmpty();
        JsonNode anchored = parse(SarifRenderer.render(live, new SarifRenderer.Options("", "schema snapshot.json", null)));
        assertThat(SarifStructure.check(anchored, true)).isEmpty();
        assertThat(anchored.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("schema%20snapshot.json");
    }

    @Test
    void byteStableWithoutTimestampsOrGuids() {
        String a = SarifRenderer.render(result, SarifRenderer.Options.DEFAULT);
        String b = SarifRenderer.render(result, SarifRenderer.Options.DEFAULT);
        assertThat(a).isEqualTo(b);
        assertThat(a).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-").doesNotContain("Utc\"").doesNotContain("guid");
    }

    @Test
    void validatorCatchesBrokenLogs() throws Exception {
        assertThat(SarifStructure.check(parse("{\"version\":\"2.0.0\",\"runs\":[{\"tool\":{\"driver\":{}},\"results\":[{\"level\":\"fatal\",\"bogus\":1}]}]}"), true))
            .anyMatch(p -> p.contains("version")).anyMatch(p -> p.contains("'name'")).anyMatch(p -> p.contains("level"))
            .anyMatch(p -> p.contains("bogus")).anyMatch(p -> p.contains("message")).anyMatch(p -> p.contains("location"));
    }
}
