package io.schemadoc.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.analysis.diff.DiffOptions;
import io.schemadoc.analysis.diff.SchemaDiff;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SourceLocation;
import io.schemadoc.model.Table;
import io.schemadoc.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10's proof: one schema written as plain SQL files, as a Flyway folder (versioned and repeatable migrations,
 * placeholders from flyway.conf) and as a Liquibase changelog (YAML changeSets plus an SQL-formatted changelog) gives
 * equal models: the comparison `schemadoc diff` makes finds nothing, and `schemadoc diff --exit-code` exits 0.
 */
class ThreeWaysTest {
    private static final Path ROOT = Path.of("src/test/resources/three-ways");

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {15, 18})
    void plainSqlFlywayAndLiquibaseGiveEqualModels(int pgVersion) {
        ReadOptions options = ReadOptions.defaults().withPgVersion(pgVersion);
        Source sql = Sources.detect(ROOT.resolve("sql").toString(), Map.of());
        Source flyway = Sources.detect(ROOT.resolve("flyway").toString(), Map.of());
        Source liquibase = Sources.detect(ROOT.resolve("liquibase/db.changelog-master.yaml").toString(), Map.of());
        assertThat(sql).isInstanceOf(SqlFiles.class);
        assertThat(flyway).isNotInstanceOf(SqlFiles.class);
        assertThat(liquibase).isNotInstanceOf(SqlFiles.class).isNotEqualTo(flyway.getClass());

        Schema fromSql = sql.read(options);
        Schema fromFlyway = flyway.read(options);
        Schema fromLiquibase = liquibase.read(options);

        // Not vacuous: the schema has every kind of object the three ways must agree on.
        assertThat(fromSql.tables()).extracting(t -> t.qualifiedName().toString())
            .containsExactly("lending.books", "lending.loans", "lending.members", "lending.open_loans");
        assertThat(fromSql.routines()).extracting(r -> r.name()).containsExactly("close_loan");
        assertThat(fromSql.enums()).hasSize(1);
        assertThat(table(fromSql, "loans").triggers()).hasSize(1);
        assertThat(table(fromSql, "loans").indexes()).hasSize(3);

        assertThat(SchemaDiff.compare(fromSql, fromFlyway, DiffOptions.defaults())).as("plain SQL → Flyway").isEmpty();
        assertThat(SchemaDiff.compare(fromSql, fromLiquibase, DiffOptions.defaults())).as("plain SQL → Liquibase").isEmpty();
        assertThat(SchemaDiff.compare(fromFlyway, fromLiquibase, DiffOptions.defaults())).as("Flyway → Liquibase").isEmpty();

        // Each way says where objects came from in its own terms.
        SourceLocation plain = table(fromSql, "loans").source();
        assertThat(plain.file()).isEqualTo("02_loans.sql");
        assertThat(plain.line()).isEqualTo(1);
        SourceLocation byFlyway = table(fromFlyway, "loans").source();
        assertThat(byFlyway.file()).endsWith("V1_9__loans.sql");
        assertThat(byFlyway.unit()).contains("1.9");
        assertThat(byFlyway.line()).isEqualTo(1);
        SourceLocation byLiquibase = table(fromLiquibase, "members").source();
        assertThat(byLiquibase.file()).endsWith("db.changelog-master.yaml");
        assertThat(byLiquibase.unit()).contains("2-members").contains("maria");
        SourceLocation sqlChangeSet = table(fromLiquibase, "loans").source();
        assertThat(sqlChangeSet.file()).endsWith("changes/loans.sql");
        assertThat(sqlChangeSet.unit()).contains("4-loans").contains("sam");
        assertThat(sqlChangeSet.line()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flyway", "liquibase/db.changelog-master.yaml"})
    void theDiffCommandReportsNothing(String other) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"diff", ROOT.resolve("sql").toString(), ROOT.resolve(other).toString(), "--exit-code"},
            new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(out + "\n" + err).isZero();
    }

    private static Table table(Schema schema, String name) {
        return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
