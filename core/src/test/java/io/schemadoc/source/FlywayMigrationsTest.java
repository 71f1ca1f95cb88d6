package io.schemadoc.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.model.Column;
import io.schemadoc.model.Index;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SourceLocation;
import io.schemadoc.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Flyway folders and projects applied by Flyway on the embedded server (fixtures in src/test/resources/flyway). */
class FlywayMigrationsTest {
    static final Path FIXTURES = Path.of("src/test/resources/flyway");
    private static final ReadOptions PG18 = ReadOptions.defaults();

    static Schema read(Path source, ReadOptions options) {
        Source s = Sources.detect(source.toString(), Map.of());
        assertThat(s).isInstanceOf(FlywayMigrations.class);
        return s.read(options);
    }

    static Schema read(Path source) {
        return read(source, PG18);
    }

    static ReadOptions withMigrations(MigrationOptions m) {
        return new ReadOptions(List.of(), List.of(), false, 18, null, m);
    }

    static Table table(Schema s, String schema, String name) {
        return s.tables().stream().filter(t -> t.schema().equals(schema) && t.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no table " + schema + "." + name + " in " + s.tables().stream().map(Table::qualifiedName).toList()));
    }

    static List<String> columns(Table t) {
        return t.columns().stream().map(Column::name).toList();
    }

    static List<String> tableNames(Schema s) {
        return s.tables().stream().map(t -> t.schema() + "." + t.name()).toList();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {15, 18})
    void versionOrderRepeatablesLastCallbacksAndProvenance(int pg) {
        // V1_10 alters the table V1_9 creates (a text sort runs 1_10 first and fails); R__views needs 1.10's column.
        Schema s = read(FIXTURES.resolve("ordered"), PG18.withPgVersion(pg));
        assertThat(s.serverVersionNum() / 10000).isEqualTo(pg);
        assertThat(s.database()).isEqualTo("ordered");

        Table orders = table(s, "public", "orders");
        assertThat(columns(orders)).containsExactly("id", "account_id", "shipped_at");
        assertThat(orders.source()).isEqualTo(new SourceLocation("V1_9__orders.sql", 1, "Flyway 1.9"));
        Index shipped = orders.indexes().stream().filter(i -> i.name().equals("orders_shipped_at")).findFirst().orElseThrow();
        assertThat(shipped.source()).isEqualTo(new SourceLocation("V1_10__ship_orders.sql", 4, "Flyway 1.10"));

        Table view = table(s, "public", "shipped_orders");
        assertThat(columns(view)).containsExactly("id", "account_id", "shipped_at");
        assertThat(view.source()).isEqualTo(new SourceLocation("R__views.sql", 2, "Flyway repeatable"));

        // afterMigrate.sql is a Flyway SQL callback: Flyway ran it.
        assertThat(table(s, "public", "account").comment()).isEqualTo("Customer accounts");
        assertThat(table(s, "public", "account").source()).isEqualTo(new SourceLocation("V1__accounts.sql", 2, "Flyway 1"));

        // Flyway's bookkeeping is not the team's schema.
        assertThat(tableNames(s)).containsExactlyInAnyOrder("public.account", "public.orders", "public.shipped_orders");
        assertThat(s.notes()).isEmpty();
    }

    @Test
    void theSameSchemaAsPlainSqlGivesTheSameModel(@TempDir Path dir) throws Exception {
        // Flyway's table dropped, objects alike: only where they came from differs.
        Files.writeString(dir.resolve("1_all.sql"), String.join("\n",
            Files.readString(FIXTURES.resolve("ordered/V1__accounts.sql")),
            Files.readString(FIXTURES.resolve("ordered/V1_9__orders.sql")),
            Files.readString(FIXTURES.resolve("ordered/V1_10__ship_orders.sql")),
            Files.readString(FIXTURES.resolve("ordered/R__views.sql")),
            Files.readString(FIXTURES.resolve("ordered/afterMigrate.sql"))));
        Schema plain = new SqlFiles(dir).read(PG18);
        Schema flyway = read(FIXTURES.resolve("ordered"));
        assertThat(withoutSources(flyway)).isEqualTo(withoutSources(plain));
        assertThat(withoutSources(flyway).toString()).contains("shipped_orders");
    }

    /** The model as JSON without provenance and the database name, which say where it came from, not what it is. */
    private static com.fasterxml.jackson.databind.JsonNode withoutSources(Schema s) throws Exception {
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(io.schemadoc.model.ModelJson.write(s));
        strip(root);
        ((com.fasterxml.jackson.databind.node.ObjectNode) root).remove("database");
        return root;
    }

    private static void strip(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.remove("source");
        }
        node.forEach(FlywayMigrationsTest::strip);
    }

    @Test
    void flywayConfTwoLocationsSchemasAndPlaceholdersButNeverItsUrl() {
        // flyway.conf names jdbc:postgresql://localhost:1/production: using it would fail to connect.
        Schema s = read(FIXTURES.resolve("conf"));
        assertThat(tableNames(s)).containsExactlyInAnyOrder("app.item", "app.audit_log");
        assertThat(columns(table(s, "app", "audit_log"))).containsExactly("id", "item_id", "keep_days");
        assertThat(table(s, "app", "audit_log").columns().get(2).defaultValue()).isEqualTo("30");
        // V2 lives in the second location and runs between the first location's V1 and V3.
        assertThat(table(s, "app", "audit_log").source()).isEqualTo(new SourceLocation("more/V2__audit.sql", 1, "Flyway 2"));
        assertThat(s.schemas()).extracting(n -> n.name()).contains("app");
    }

    @Test
    void commandLinePlaceholdersWinOverTheProjects() {
        Schema s = read(FIXTURES.resolve("conf"), withMigrations(new MigrationOptions(false, Map.of("retention_days", "90"), null, null)));
        assertThat(table(s, "app", "audit_log").columns().get(2).defaultValue()).isEqualTo("90");
    }

    @Test
    void flywayTomlTakesTheDefaultEnvironmentsSchemasAndFlywayTable() {
        Schema s = read(FIXTURES.resolve("toml"));
        assertThat(tableNames(s)).containsExactly("billing.invoice");
        assertThat(table(s, "billing", "invoice").columns().get(1).defaultValue()).isEqualTo("'EUR'::bpchar");
        assertThat(s.schemas()).extracting(n -> n.name()).doesNotContain("staging_only");
    }

    @Test
    void springApplicationPropertiesLocationsPrefixAndPlaceholders() {
        Schema s = read(FIXTURES.resolve("spring-properties"));
        assertThat(s.database()).isEqualTo("spring-properties");
        Table purchase = table(s, "public", "purchase");
        assertThat(purchase.columns().get(1).defaultValue()).isEqualTo("'new'::text");
        assertThat(purchase.source()).isEqualTo(new SourceLocation("src/main/resources/db/schema/M1__orders.sql", 1, "Flyway 1"));
    }

    @Test
    void springApplicationYmlDefaultSchemaAndPlaceholdersWithoutProfileDocuments() {
        Schema s = read(FIXTURES.resolve("spring-yaml"));
        assertThat(table(s, "crm", "contact").comment()).isEqualTo("kept by the CRM team");
    }

    @Test
    void aJavaMigrationIsNamedInOneLine() {
        assertThatThrownBy(() -> read(FIXTURES.resolve("java-migration")))
            .isInstanceOf(SourceException.class)
            .hasMessage("src/main/java/db/migration/V3__Backfill.java is a Java migration; schemadoc cannot run Java — "
                + "--skip-unsupported applies the others without it");
    }

    @Test
    void skipUnsupportedAppliesTheRestAndSaysSo() {
        Schema s = read(FIXTURES.resolve("java-migration"), withMigrations(new MigrationOptions(true, Map.of(), null, null)));
        assertThat(tableNames(s)).containsExactlyInAnyOrder("public.person", "public.pet");
        assertThat(s.notes()).singleElement().asString()
            .contains("src/main/java/db/migration/V3__Backfill.java").contains("not applied");
    }

    @Test
    void javaCallbacksInTheConfigAreRefusedOrSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "create table a (x int);\n");
        Files.writeString(dir.resolve("flyway.conf"), "flyway.callbacks=com.example.AuditCallback\n");
        assertThatThrownBy(() -> read(dir)).hasMessage("flyway.callbacks in flyway.conf names Java callbacks (com.example.AuditCallback); "
            + "schemadoc cannot run Java — --skip-unsupported applies the others without it");
        Schema s = read(dir, withMigrations(new MigrationOptions(true, Map.of(), null, null)));
        assertThat(tableNames(s)).containsExactly("public.a");
        assertThat(s.notes()).singleElement().asString().contains("com.example.AuditCallback");
    }

    @Test
    void aFailingMigrationNamesFileLineAndError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "create table a (x int);\n");
        Files.writeString(dir.resolve("V2__bad.sql"), "create table b (x int);\n\n-- wrong type below\ncreate table c (\n    id int,\n    x no_such_type\n);\n");
        assertThatThrownBy(() -> read(dir))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith("V2__bad.sql:6: ERROR: type \"no_such_type\" does not exist")
            .hasMessageNotContaining("\n");
    }

    @Test
    void twoMigrationsWithOneVersionAreOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "create table a (x int);\n");
        Files.writeString(dir.resolve("V1__b.sql"), "create table b (x int);\n");
        assertThatThrownBy(() -> read(dir))
            .isInstanceOf(SourceException.class)
            .hasMessageContaining("V1__a.sql").hasMessageContaining("V1__b.sql").hasMessageContaining("version")
            .hasMessageNotContaining("\n");
    }

    @Test
    void aPlaceholderWithoutValueSaysHowToGiveOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "create table ${prefix}_a (x int);\n");
        assertThatThrownBy(() -> read(dir))
            .isInstanceOf(SourceException.class)
            .hasMessageContaining("${prefix}").hasMessageContaining("--placeholder prefix=VALUE")
            .hasMessageNotContaining("\n");
        Schema s = read(dir, withMigrations(new MigrationOptions(false, Map.of("prefix", "shop"), null, null)));
        assertThat(tableNames(s)).containsExactly("public.shop_a");
        assertThat(table(s, "public", "shop_a").source()).isEqualTo(new SourceLocation("V1__a.sql", 1, "Flyway 1"));
    }

    @Test
    void aMissingLocationIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("flyway.conf"), "flyway.locations=filesystem:nowhere\n");
        assertThatThrownBy(() -> read(dir)).isInstanceOf(SourceException.class)
            .hasMessageStartingWith("Flyway location filesystem:nowhere (from flyway.conf) is not a folder");
    }

    @Test
    void aLocationWithoutMigrationsIsNamed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("flyway.conf"), "flyway.locations=filesystem:empty\n");
        assertThatThrownBy(() -> read(dir)).isInstanceOf(SourceException.class)
            .hasMessageStartingWith("no Flyway migrations in " + dir.resolve("empty").toAbsolutePath());
    }

    @Test
    void aConfiguredHistoryTableIsDroppedToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "create table a (x int);\n");
        Files.writeString(dir.resolve("flyway.conf"), "flyway.table=schema_versions\n");
        assertThat(tableNames(read(dir))).containsExactly("public.a");
    }
}
