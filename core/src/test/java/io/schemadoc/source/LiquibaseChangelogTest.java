package io.schemadoc.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.model.Index;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SourceLocation;
import io.schemadoc.model.Table;
import io.schemadoc.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiquibaseChangelogTest {
    static final Path FIXTURES = Path.of("src/test/resources/liquibase");

    static ReadOptions options(int pg, MigrationOptions migrations) {
        return new ReadOptions(List.of(), List.of(), false, pg, Duration.ofSeconds(60), migrations);
    }

    static ReadOptions options(MigrationOptions migrations) {
        return options(18, migrations);
    }

    static Table table(Schema schema, String name) {
        return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no table " + name + " in " + schema.tables().stream().map(Table::name).toList()));
    }

    static List<String> tableNames(Schema schema) {
        return schema.tables().stream().map(Table::qualifiedName).map(Object::toString).toList();
    }

    /** The YAML master includes a formatted-SQL changelog, runs an sqlFile and a loadData: all of it applied by Liquibase. */
    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void yamlMasterWithSqlIncludesAndSqlFile(int pg) {
        Schema schema = new LiquibaseChangelog(FIXTURES.resolve("yaml/db.changelog-master.yaml")).read(options(pg, MigrationOptions.DEFAULT));

        assertThat(schema.database()).isEqualTo("db.changelog-master");
        assertThat(schema.serverVersionNum() / 10000).isEqualTo(pg);
        assertThat(tableNames(schema)).containsExactlyInAnyOrder("public.users", "public.orders", "public.order_totals",
            "public.countries", "public.dev_fixtures", "public.report_cache", "public.app_settings");
        assertThat(table(schema, "users").comment()).isEqualTo("People who sign in");
        assertThat(table(schema, "orders").constraints()).anySatisfy(c -> assertThat(c.definition()).contains("REFERENCES users(id)"));
        assertThat(table(schema, "order_totals").viewDefinition()).containsPattern("sum\\((orders\\.)?total\\)");

        // where each object came from: the changelog file (relative to the SOURCE), a line, the changeSet
        assertThat(table(schema, "users").source()).isEqualTo(new SourceLocation("db.changelog-master.yaml", 5, "changeSet create-users by alice"));
        assertThat(table(schema, "orders").source()).isEqualTo(new SourceLocation("changes/002-orders.sql", 4, "changeSet create-orders by bob"));
        Index byUser = table(schema, "orders").indexes().stream().filter(i -> i.name().equals("orders_user_id_idx")).findFirst().orElseThrow();
        assertThat(byUser.source()).isEqualTo(new SourceLocation("changes/002-orders.sql", 13, "changeSet orders-index by bob"));
        assertThat(table(schema, "order_totals").source()).isEqualTo(new SourceLocation("db.changelog-master.yaml", 29, "changeSet order-totals by carol"));
        assertThat(table(schema, "app_settings").source().unit()).isEqualTo("changeSet settings by frank");
        assertThat(schema.notes()).isEmpty();
    }

    @Test
    void loadDataFromCsvWorks() throws Exception {
        // loadData only reads a file next to the changelog: it runs, and the rows are there while the catalog is read
        Path dir = copyFixture("yaml");
        Files.writeString(dir.resolve("db.changelog-master.yaml"), Files.readString(dir.resolve("db.changelog-master.yaml"))
            + "  - include:\n      file: check.sql\n      relativeToChangelogFile: true\n");
        Files.writeString(dir.resolve("check.sql"), "--liquibase formatted sql\n--changeset bob:count-check splitStatements:false\n"
            + "do $$ begin if (select count(*) from countries where name = 'France') <> 1 then raise exception 'csv not loaded'; end if; end $$;\n");
        new LiquibaseChangelog(dir.resolve("db.changelog-master.yaml")).read(options(MigrationOptions.DEFAULT));
    }

    @Test
    void liquibaseBookkeepingTablesAreNotInTheModel() {
        Schema schema = new LiquibaseChangelog(FIXTURES.resolve("xml/db.changelog-master.xml")).read(options(MigrationOptions.DEFAULT));
        assertThat(tableNames(schema)).containsExactlyInAnyOrder("public.products", "public.prices");
    }

    @Test
    void aPlainSqlVersionOfTheSameSchemaGivesTheSameModel(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1.sql"), """
            create table products (id bigint not null primary key, name text);
            create table prices (product_id bigint references products (id), amount numeric not null);
            """);
        Schema fromLiquibase = new LiquibaseChangelog(FIXTURES.resolve("xml/db.changelog-master.xml")).read(options(MigrationOptions.DEFAULT));
        Schema fromSql = new SqlFiles(dir).read(options(MigrationOptions.DEFAULT));
        assertThat(withoutSources(fromLiquibase)).isEqualTo(withoutSources(fromSql));
    }

    /** The model with what legitimately differs between two ways of building the same schema taken out. */
    private static String withoutSources(Schema s) {
        return io.schemadoc.model.ModelJson.write(s).replaceAll("\"source\"\\s*:\\s*\\{[^}]*}", "").replaceAll("\"database\"\\s*:\\s*\"[^\"]*\"", "");
    }

    @Test
    void xmlChangelog() {
        Schema schema = new LiquibaseChangelog(FIXTURES.resolve("xml/db.changelog-master.xml")).read(options(MigrationOptions.DEFAULT));
        assertThat(table(schema, "products").source()).isEqualTo(new SourceLocation("db.changelog-master.xml", 7, "changeSet 1 by alice"));
        assertThat(table(schema, "prices").source()).isEqualTo(new SourceLocation("db.changelog-master.xml", 16, "changeSet 2 by bob"));
    }

    @Test
    void jsonChangelog() {
        Schema schema = new LiquibaseChangelog(FIXTURES.resolve("json/db.changelog-master.json")).read(options(MigrationOptions.DEFAULT));
        Table invoices = table(schema, "invoices");
        assertThat(invoices.source()).isEqualTo(new SourceLocation("db.changelog-master.json", 4, "changeSet 1 by alice"));
        assertThat(invoices.indexes()).anySatisfy(i -> {
            assertThat(i.name()).isEqualTo("invoices_issued_on_idx");
            assertThat(i.source()).isEqualTo(new SourceLocation("db.changelog-master.json", 21, "changeSet 2 by bob"));
        });
    }

    @Test
    void formattedSqlAloneWithContexts() {
        LiquibaseChangelog changelog = new LiquibaseChangelog(FIXTURES.resolve("formatted/schema.sql"));
        Schema all = changelog.read(options(MigrationOptions.DEFAULT));
        assertThat(tableNames(all)).containsExactlyInAnyOrder("public.authors", "public.books", "public.test_only");
        assertThat(table(all, "books").source()).isEqualTo(new SourceLocation("schema.sql", 7, "changeSet 2 by alice"));
        assertThat(table(all, "books").indexes()).anySatisfy(i -> assertThat(i.source()).isEqualTo(new SourceLocation("schema.sql", 11, "changeSet 2 by alice")));

        Schema prod = changelog.read(options(new MigrationOptions(false, Map.of(), "prod", null)));
        assertThat(tableNames(prod)).containsExactlyInAnyOrder("public.authors", "public.books");
    }

    @Test
    void includeAllRunsFilesInOrder() {
        Schema schema = new LiquibaseChangelog(FIXTURES.resolve("include-all/db.changelog-master.yaml")).read(options(MigrationOptions.DEFAULT));
        Table child = table(schema, "child");
        assertThat(child.columns()).extracting(c -> c.name()).containsExactly("base_id", "note");
        assertThat(table(schema, "base").source()).isEqualTo(new SourceLocation("changes/001-base.sql", 3, "changeSet base by alice"));
        assertThat(child.source()).isEqualTo(new SourceLocation("changes/002-child.yaml", 2, "changeSet child by bob"));
    }

    @Test
    void contextsAndLabelsSelectChangeSets() {
        LiquibaseChangelog changelog = new LiquibaseChangelog(FIXTURES.resolve("yaml/db.changelog-master.yaml"));
        Schema prod = changelog.read(options(new MigrationOptions(false, Map.of(), "prod", null)));
        assertThat(tableNames(prod)).doesNotContain("public.dev_fixtures").contains("public.users", "public.report_cache");
        Schema dev = changelog.read(options(new MigrationOptions(false, Map.of(), "dev", "!reporting")));
        assertThat(tableNames(dev)).contains("public.dev_fixtures", "public.users").doesNotContain("public.report_cache");
    }

    @Test
    void parametersFromTheCommandLineOverTheChangelogsOwn() {
        Schema schema = new LiquibaseChangelog(FIXTURES.resolve("yaml/db.changelog-master.yaml"))
            .read(options(new MigrationOptions(false, Map.of("settings_table", "tenant_settings"), null, null)));
        assertThat(tableNames(schema)).contains("public.tenant_settings").doesNotContain("public.app_settings");
    }

    @Test
    void aCustomChangeIsNamedInTheError() {
        LiquibaseChangelog changelog = new LiquibaseChangelog(FIXTURES.resolve("custom/db.changelog-master.yaml"));
        assertThatThrownBy(() -> changelog.read(options(MigrationOptions.DEFAULT)))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith("changeSet backfill by bob (db.changelog-master.yaml:10) uses customChange com.example.migrations.Backfill:")
            .hasMessageContaining("--skip-unsupported")
            .hasMessageNotContaining("\n");
    }

    @Test
    void skipUnsupportedAppliesTheRestAndSaysSo() {
        LiquibaseChangelog changelog = new LiquibaseChangelog(FIXTURES.resolve("custom/db.changelog-master.yaml"));
        Schema schema = changelog.read(options(new MigrationOptions(true, Map.of(), null, null)));
        assertThat(tableNames(schema)).containsExactlyInAnyOrder("public.before_custom", "public.after_custom");
        assertThat(schema.notes()).containsExactly("Liquibase changeSet backfill by bob (db.changelog-master.yaml:10) was not applied: "
            + "its customChange com.example.migrations.Backfill needs code schemadoc cannot run (--skip-unsupported).");
    }

    @Test
    void executeCommandIsUnsupportedButOnlyWhenSelected(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("changelog.yaml"), """
            databaseChangeLog:
              - changeSet:
                  id: a
                  author: x
                  changes:
                    - createTable: {tableName: a, columns: [{column: {name: id, type: int}}]}
              - changeSet:
                  id: shell
                  author: x
                  context: ops
                  changes:
                    - executeCommand: {executable: /bin/rm, args: [{arg: {value: -rf}}]}
            """);
        LiquibaseChangelog changelog = new LiquibaseChangelog(dir.resolve("changelog.yaml"));
        assertThatThrownBy(() -> changelog.read(options(MigrationOptions.DEFAULT)))
            .hasMessageStartingWith("changeSet shell by x (changelog.yaml:7) uses executeCommand /bin/rm:");
        // a context that leaves the changeSet out leaves nothing to refuse
        assertThat(tableNames(changelog.read(options(new MigrationOptions(false, Map.of(), "prod", null))))).containsExactly("public.a");
    }

    @Test
    void aFailingFormattedSqlChangeSetNamesFileLineChangeSetAndServerError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("changelog.sql"), """
            --liquibase formatted sql

            --changeset alice:one
            create table a (id int);

            --changeset bob:two
            create table b (id int);
            create table c (
                id int,
                x no_such_type
            );
            """);
        assertThatThrownBy(() -> new LiquibaseChangelog(dir.resolve("changelog.sql")).read(options(MigrationOptions.DEFAULT)))
            .isInstanceOf(SourceException.class)
            .hasMessage("changelog.sql:10: changeSet two by bob: ERROR: type \"no_such_type\" does not exist (PostgreSQL 18)");
    }

    @Test
    void aFailingYamlChangeSetNamesTheChangeSetsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("changelog.yaml"), """
            databaseChangeLog:
              - changeSet:
                  id: one
                  author: alice
                  changes:
                    - addColumn:
                        tableName: missing
                        columns: [{column: {name: x, type: int}}]
            """);
        assertThatThrownBy(() -> new LiquibaseChangelog(dir.resolve("changelog.yaml")).read(options(MigrationOptions.DEFAULT)))
            .isInstanceOf(SourceException.class)
            .hasMessage("changelog.yaml:2: changeSet one by alice: ERROR: relation \"public.missing\" does not exist (PostgreSQL 18)");
    }

    @Test
    void aMalformedChangelogNamesTheFileAndWhatLiquibaseSaid(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("changelog.yaml"), "databaseChangeLog:\n  - changeSet:\n      id: one\n     author: [unclosed\n");
        assertThatThrownBy(() -> new LiquibaseChangelog(dir.resolve("changelog.yaml")).read(options(MigrationOptions.DEFAULT)))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith("cannot read the Liquibase changelog changelog.yaml: Syntax error in file changelog.yaml: ")
            .hasMessageContaining("line 4, column 6")
            .hasMessageNotContaining("\n")
            .hasMessageNotContaining("^")
            .hasMessageNotContaining("liquibase.exception");
    }

    @Test
    void aMissingIncludeIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("changelog.yaml"), "databaseChangeLog:\n  - include:\n      file: nowhere/1.sql\n");
        assertThatThrownBy(() -> new LiquibaseChangelog(dir.resolve("changelog.yaml")).read(options(MigrationOptions.DEFAULT)))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith("cannot read the Liquibase changelog changelog.yaml: ")
            .hasMessageContaining("nowhere/1.sql")
            .hasMessageNotContaining("\n");
    }

    @Test
    void liquibaseRunsWithAnalyticsAndLicenseReportingOff() throws Exception {
        Boolean analytics = liquibase.Scope.child(LiquibaseUpdate.quietScope(),
            () -> liquibase.analytics.configuration.AnalyticsArgs.ENABLED.getCurrentValue());
        Boolean licenseTracking = liquibase.Scope.child(LiquibaseUpdate.quietScope(),
            () -> liquibase.license.LicenseTrackingArgs.ENABLED.getCurrentValue());
        assertThat(analytics).isFalse();
        assertThat(licenseTracking).isFalse();
    }

    @Test
    void theScratchDatabaseIsGoneAfterwards() throws Exception {
        EmbeddedServer server = TestDatabases.server(18);
        long before = scratchDatabases(server);
        new LiquibaseChangelog(FIXTURES.resolve("xml/db.changelog-master.xml")).read(options(MigrationOptions.DEFAULT));
        assertThat(scratchDatabases(server)).isEqualTo(before);
        assertThatThrownBy(() -> new LiquibaseChangelog(FIXTURES.resolve("custom/db.changelog-master.yaml")).read(options(MigrationOptions.DEFAULT)))
            .isInstanceOf(SourceException.class);
        assertThat(scratchDatabases(server)).isEqualTo(before);
    }

    private static long scratchDatabases(EmbeddedServer server) throws Exception {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_database where datname like 'schemadoc\\_%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Path copyFixture(String name) throws Exception {
        Path target = Files.createTempDirectory("schemadoc-liquibase-");
        Path from = FIXTURES.resolve(name);
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
