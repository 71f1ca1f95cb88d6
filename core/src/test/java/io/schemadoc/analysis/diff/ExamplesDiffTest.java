package io.schemadoc.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.ModelJson;
import io.schemadoc.model.Schema;
import io.schemadoc.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every example diffed with itself is empty, and a migrations folder equals the snapshot of the database it
 * builds, through the CLI: {@code inspect FOLDER --out x.json}, then {@code diff FOLDER x.json --exit-code} exits 0.
 */
class ExamplesDiffTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"course-designer", "quietus", "referrals", "spec-analyzer"})
    void anExampleDiffedWithItselfIsEmpty(String name) {
        Schema schema = TestDatabases.example(name, 18);
        assertThat(schema.tables()).isNotEmpty();
        assertThat(SchemaDiff.compare(schema, schema, DiffOptions.defaults())).isEmpty();
        Schema readBack = ModelJson.read(ModelJson.write(schema));
        assertThat(SchemaDiff.compare(schema, readBack, DiffOptions.defaults())).isEmpty();
    }

    /** A snapshot of production on PostgreSQL 15 compares with migrations run on 18 without false differences. */
    @ParameterizedTest
    @ValueSource(strings = {"course-designer", "quietus", "referrals", "spec-analyzer"})
    void theSameMigrationsOnPostgres15And18AreEqual(String name) {
        assertThat(SchemaDiff.compare(TestDatabases.example(name, 15), TestDatabases.example(name, 18), DiffOptions.defaults())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"course-designer", "quietus", "referrals", "spec-analyzer"})
    void aMigrationsFolderEqualsTheSnapshotOfTheDatabaseItBuilds(String name) {
        String folder = TestDatabases.examplePath(name).toString();
        String snapshot = dir.resolve(name + ".json").toString();
        DiffCommandTest.Run inspect = DiffCommandTest.run("inspect", folder, "--out", snapshot);
        assertThat(inspect.code()).as(inspect.err()).isZero();
        DiffCommandTest.Run diff = DiffCommandTest.run("diff", folder, snapshot, "--exit-code");
        assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
        assertThat(diff.out()).endsWith("No differences.\n");
    }

    @org.junit.jupiter.api.Test
    void aSqlFileAgainstTheLiveDatabaseItDescribes() throws java.io.IOException {
        Path file = dir.resolve("schema.sql");
        java.nio.file.Files.writeString(file, SqlPairsTest.BASE);
        String url = TestDatabases.databaseWith(18, SqlPairsTest.BASE);
        DiffCommandTest.Run same = DiffCommandTest.run("diff", file.toString(), url, "--exit-code");
        assertThat(same.code()).as(same.out() + same.err()).isZero();

        TestDatabases.execute(url, "ALTER TABLE app.users ADD COLUMN nickname text; DROP INDEX app.users_name_idx;");
        DiffCommandTest.Run drifted = DiffCommandTest.run("diff", file.toString(), url, "--exit-code");
        assertThat(drifted.code()).isEqualTo(1);
        assertThat(drifted.out()).contains("~ table app.users", "    + column nickname: text", "    - index users_name_idx: CREATE INDEX users_name_idx ON app.users USING btree (name)");
    }
}
