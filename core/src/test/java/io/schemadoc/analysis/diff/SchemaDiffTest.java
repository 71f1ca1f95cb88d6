package io.schemadoc.analysis.diff;

import static io.schemadoc.analysis.diff.Fixtures.named;
import static io.schemadoc.analysis.diff.Fixtures.removeNamed;
import static io.schemadoc.analysis.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemadoc.model.Schema;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each kind of change on hand-built pairs; the same kinds on real PostgreSQL are in {@link SqlPairsTest}. */
class SchemaDiffTest {
    private static final Schema RICH = Fixtures.rich();

    /** One line per change: {@code + column public.users.x}, {@code ~ table public.users comment: a -> b}. */
    static List<String> lines(List<Change> changes) {
        return changes.stream().map(SchemaDiffTest::line).toList();
    }

    static String line(Change c) {
        ObjectId id = c.id();
        String name = id.kind().label() + " " + (id.kind().isMember() ? id.schema() + "." + id.table() + "." + id.name() : id.displayName());
        if (c instanceof Change.Changed ch) {
            return "~ " + name + " " + ch.field() + ": " + ch.oldValue() + " -> " + ch.newValue();
        }
        String hint = c instanceof Change.Added a ? a.hint() : ((Change.Removed) c).hint();
        return (c instanceof Change.Added ? "+ " : "- ") + name + (hint == null ? "" : " (" + hint + ")");
    }

    private static List<String> diff(Consumer<ObjectNode> edit) {
        return lines(SchemaDiff.compare(RICH, Fixtures.edit(RICH, edit), DiffOptions.defaults()));
    }

    private static List<String> diff(DiffOptions options, Consumer<ObjectNode> edit) {
        return lines(SchemaDiff.compare(RICH, Fixtures.edit(RICH, edit), options));
    }

    @Test
    void aSchemaComparedWithItselfHasNoChanges() {
        assertThat(SchemaDiff.compare(RICH, RICH, DiffOptions.defaults())).isEmpty();
        assertThat(SchemaDiff.compare(Schema.empty("x"), Schema.empty("y"), DiffOptions.defaults())).isEmpty();
    }

    @Test
    void provenanceStatisticsAndServerAreNotDifferences() {
        assertThat(diff(s -> {
            s.put("database", "other");
            s.put("serverVersion", "15.1");
            table(s, "users").put("estimatedRows", 123456);
            table(s, "users").putNull("source");
            named(s, "routines", "touch").putObject("source").put("file", "V9__later.sql").put("line", 7);
        })).isEmpty();
    }

    @Test
    void schemasAndExtensions() {
        assertThat(diff(s -> {
            ((ArrayNode) s.get("schemas")).addObject().put("name", "audit").put("owner", "app");
            named(s, "schemas", "util").put("comment", "helpers");
            named(s, "extensions", "pgcrypto").put("version", "1.4");
        })).containsExactly(
            "+ schema audit",
            "~ schema util comment: null -> helpers",
            "~ extension pgcrypto version: 1.3 -> 1.4");
        assertThat(diff(s -> removeNamed(s, "extensions", "pgcrypto"))).containsExactly("- extension pgcrypto");
    }

    @Test
    void tableProperties() {
        assertThat(diff(s -> {
            ObjectNode users = table(s, "users");
            users.put("comment", "Customers");
            users.put("rlsEnabled", false);
            users.put("rlsForced", true);
            table(s, "orders").put("partitionKey", "LIST (user_id)");
            table(s, "orders_2024").put("partitionBound", "FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')");
        })).containsExactlyInAnyOrder(
            "~ table public.orders partitionKey: RANGE (placed_at) -> LIST (user_id)",
            "~ table public.orders_2024 partitionBound: FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') -> FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')",
            "~ table public.users comment: People -> Customers",
            "~ table public.users rlsEnabled: true -> false",
            "~ table public.users rlsForced: false -> true");
        assertThat(diff(s -> table(s, "orders").put("kind", "TABLE")))
            .containsExactly("~ table public.orders kind: partitioned table -> base table");
    }

    @Test
    void aTableBecomingAViewIsRemovedAndAdded() {
        assertThat(diff(s -> table(s, "active_users").put("kind", "MATERIALIZED_VIEW")))
            .containsExactly("- view public.active_users", "+ materialized view public.active_users");
    }

    @Test
    void columnFields() {
        assertThat(diff(s -> {
            ArrayNode cols = (ArrayNode) table(s, "users").get("columns");
            ObjectNode email = named(table(s, "users"), "columns", "email");
            email.put("type", "character varying(200)");
            email.put("nullable", true);
            email.put("comment", "Login name");
            ObjectNode name = named(table(s, "users"), "columns", "name");
            name.remove("defaultValue");
            name.put("collation", "C");
            named(table(s, "users"), "columns", "id").put("identity", "BY_DEFAULT");
            named(table(s, "users"), "columns", "email_lower").put("generationExpression", "upper(email)");
            assertThat(cols.size()).isEqualTo(5);
        })).containsExactly(
            "~ column public.users.email comment: Login -> Login name",
            "~ column public.users.email nullable: false -> true",
            "~ column public.users.email type: text -> character varying(200)",
            "~ column public.users.email_lower generated: ALWAYS AS (lower(email)) STORED -> ALWAYS AS (upper(email)) STORED",
            "~ column public.users.id identity: always -> by default",
            "~ column public.users.name collation: null -> C",
            "~ column public.users.name default: ''::text -> null");
    }

    @Test
    void addingOrDroppingAColumnMovesNoOtherColumn() {
        assertThat(diff(s -> {
            removeNamed(table(s, "users"), "columns", "name");
            ((ArrayNode) table(s, "users").get("columns")).addObject()
                .put("name", "zip").put("position", 9).put("type", "text").put("nullable", true);
        })).containsExactly("- column public.users.name", "+ column public.users.zip");
    }

    @Test
    void aMovedColumnIsReportedUnlessColumnOrderIsIgnored() {
        Consumer<ObjectNode> move = s -> {
            named(table(s, "users"), "columns", "mood").put("position", 0);
        };
        assertThat(diff(move)).containsExactly(
            "~ column public.users.mood position: 4 -> 1");
        DiffOptions ignoreOrder = new DiffOptions(false, false, true, List.of());
        assertThat(diff(ignoreOrder, move)).isEmpty();
    }

    @Test
    void constraintsNotNullConstraintsAndInheritedClones() {
        assertThat(diff(s -> {
            ObjectNode check = named(table(s, "users"), "constraints", "users_name_check");
            check.put("definition", "CHECK ((length(name) < 200))");
            check.put("comment", "shortish names");
            removeNamed(table(s, "users"), "constraints", "users_email_not_null");
            removeNamed(table(s, "orders_2024"), "constraints", "orders_user_id_fkey");
            removeNamed(table(s, "orders"), "constraints", "orders_user_id_fkey");
        })).containsExactly(
            "- constraint public.orders.orders_user_id_fkey",
            "~ constraint public.users.users_name_check comment: short names -> shortish names",
            "~ constraint public.users.users_name_check definition: CHECK ((length(name) < 100)) -> CHECK ((length(name) < 200))");
    }

    @Test
    void indexesButNotTheOnesBackingConstraints() {
        assertThat(diff(s -> {
            named(table(s, "users"), "indexes", "users_name_idx").put("definition", "CREATE INDEX users_name_idx ON public.users USING hash (name)");
            named(table(s, "users"), "indexes", "users_email_key").put("definition", "CREATE UNIQUE INDEX users_email_key ON public.users USING btree (lower(email))");
        })).containsExactly(
            "~ index public.users.users_name_idx definition: CREATE INDEX users_name_idx ON public.users USING btree (name) -> CREATE INDEX users_name_idx ON public.users USING hash (name)");
    }

    @Test
    void triggersPoliciesAndViews() {
        assertThat(diff(s -> {
            named(table(s, "users"), "triggers", "users_touch").put("enabled", "DISABLED");
            named(table(s, "users"), "policies", "users_self").put("using", "true");
            table(s, "active_users").put("viewDefinition", " SELECT id\n   FROM users;");
        })).containsExactly(
            "~ table public.users.users_touch enabled: origin -> disabled".replace("table public", "trigger public"),
            "~ policy public.users.users_self using: (id = current_setting('app.user')::bigint) -> true",
            "~ view public.active_users definition:  SELECT id,\n    email\n   FROM users; ->  SELECT id\n   FROM users;");
    }

    @Test
    void routinesByTheirSignature() {
        assertThat(diff(s -> {
            ObjectNode add = named(s, "routines", "add");
            add.put("body", "SELECT a + b + 0");
            add.put("volatility", "STABLE");
            add.put("securityDefiner", true);
            add.putArray("settings");
            add.put("language", "plpgsql");
            add.put("returns", "bigint");
            named(s, "routines", "touch").put("kind", "PROCEDURE");
        })).containsExactly(
            "~ routine public.touch() kind: function -> procedure",
            "~ routine util.add(integer, integer) body: SELECT a + b -> SELECT a + b + 0",
            "~ routine util.add(integer, integer) language: sql -> plpgsql",
            "~ routine util.add(integer, integer) returns: integer -> bigint",
            "~ routine util.add(integer, integer) security: invoker -> definer",
            "~ routine util.add(integer, integer) settings: search_path=pg_catalog -> ",
            "~ routine util.add(integer, integer) volatility: immutable -> stable");
        // A new overload is a new routine, not a change of the old one.
        assertThat(diff(s -> named(s, "routines", "add").put("argumentTypes", "bigint, bigint")))
            .containsExactly("+ routine util.add(bigint, bigint) (possible rename of util.add(integer, integer))",
                "- routine util.add(integer, integer) (possible rename to util.add(bigint, bigint))");
    }

    @Test
    void enumsDomainsCompositeTypesAndSequences() {
        assertThat(diff(s -> {
            ArrayNode labels = (ArrayNode) named(s, "enums", "mood").get("labels");
            labels.removeAll();
            labels.add("ok").add("sad").add("happy").add("ecstatic");
            ObjectNode positive = named(s, "domains", "positive");
            positive.put("defaultValue", "1");
            ((ObjectNode) positive.get("checks").get(0)).put("definition", "CHECK ((VALUE >= 1))");
            ((ArrayNode) named(s, "compositeTypes", "pair").get("attributes")).addObject()
                .put("name", "label").put("position", 3).put("type", "text");
            named(s, "sequences", "invoice_no").put("increment", 10);
            named(s, "sequences", "users_id_seq").put("increment", 10);
        })).containsExactly(
            "~ enum public.mood label: null -> ecstatic",
            "~ enum public.mood labelOrder: sad, ok, happy -> ok, sad, happy, ecstatic",
            "~ domain public.positive check positive_check: CHECK ((VALUE > 0)) -> CHECK ((VALUE >= 1))",
            "~ domain public.positive default: null -> 1",
            "~ sequence public.invoice_no increment: 1 -> 10",
            "~ composite type util.pair attribute label: null -> text");
        assertThat(diff(s -> ((ArrayNode) named(s, "enums", "mood").get("labels")).remove(0)))
            .containsExactly("~ enum public.mood label: sad -> null");
    }

    @Test
    void renamesAreHintedNeverMerged() {
        assertThat(diff(s -> {
            table(s, "orders_2024").put("name", "orders_y2024");
            named(table(s, "users"), "columns", "name").put("name", "full_name");
            ObjectNode idx = named(table(s, "users"), "indexes", "users_name_idx");
            idx.put("name", "users_by_name");
            idx.put("definition", "CREATE INDEX users_by_name ON public.users USING btree (name)");
            named(table(s, "users"), "constraints", "users_name_check").put("name", "name_short");
            named(s, "routines", "touch").put("name", "touch_row");
        })).containsExactly(
            "- table public.orders_2024 (possible rename to public.orders_y2024)",
            "+ table public.orders_y2024 (possible rename of public.orders_2024)",
            "+ column public.users.full_name (possible rename of name)",
            "- column public.users.name (possible rename to full_name)",
            "+ constraint public.users.name_short (possible rename of users_name_check)",
            "- constraint public.users.users_name_check (possible rename to name_short)",
            "+ index public.users.users_by_name (possible rename of users_name_idx)",
            "- index public.users.users_name_idx (possible rename to users_by_name)",
            "- routine public.touch() (possible rename to public.touch_row())",
            "+ routine public.touch_row() (possible rename of public.touch())");
    }

    @Test
    void differentShapesGetNoHint() {
        assertThat(diff(s -> {
            removeNamed(table(s, "users"), "columns", "name");
            ((ArrayNode) table(s, "users").get("columns")).addObject()
                .put("name", "age").put("position", 3).put("type", "integer").put("nullable", true);
        })).containsExactly("+ column public.users.age", "- column public.users.name");
    }

    @Test
    void ignoreCommentsOwnersAndSchemas() {
        Consumer<ObjectNode> edit = s -> {
            table(s, "users").put("comment", "Customers");
            table(s, "users").put("owner", "someone");
            named(table(s, "users"), "columns", "email").put("comment", "x");
            named(s, "routines", "add").put("owner", "someone").put("body", "SELECT b + a");
            named(s, "schemas", "util").put("owner", "someone");
        };
        assertThat(diff(new DiffOptions(true, true, false, List.of()), edit)).containsExactly(
            "~ routine util.add(integer, integer) body: SELECT a + b -> SELECT b + a");
        assertThat(diff(new DiffOptions(true, true, false, List.of("ut?l")), edit)).isEmpty();
        assertThat(diff(new DiffOptions(false, false, false, List.of("u*")), edit)).containsExactly(
            "~ table public.users comment: People -> Customers",
            "~ table public.users owner: app -> someone",
            "~ column public.users.email comment: Login -> x");
    }

    @Test
    void readFiltersApplyToBothSidesSoAFullSnapshotComparesWithAFilteredSource() {
        Schema onlyPublicWithoutOrders = Fixtures.edit(RICH, s -> {
            removeNamed(s, "schemas", "util");
            removeNamed(s, "routines", "add");
            removeNamed(s, "compositeTypes", "pair");
            removeNamed(s, "tables", "orders_2024");
        });
        DiffOptions filtered = new DiffOptions(false, false, false, List.of(), List.of("pub*"), List.of("public.orders_2*"));
        assertThat(SchemaDiff.compare(RICH, onlyPublicWithoutOrders, filtered)).isEmpty();
        assertThat(lines(SchemaDiff.compare(RICH, onlyPublicWithoutOrders, DiffOptions.defaults()))).containsExactly(
            "- schema util", "- table public.orders_2024", "- composite type util.pair", "- routine util.add(integer, integer)");
    }

    @Test
    void changesAreSortedSchemasFirstThenBySchemaKindAndName() {
        List<String> lines = diff(s -> {
            ((ArrayNode) s.get("schemas")).addObject().put("name", "zzz");
            named(s, "routines", "add").put("comment", "x");
            table(s, "users").put("comment", "x");
            named(s, "enums", "mood").put("comment", "x");
            named(table(s, "users"), "columns", "email").put("comment", "y");
        });
        assertThat(lines).containsExactly(
            "+ schema zzz",
            "~ enum public.mood comment: null -> x",
            "~ table public.users comment: People -> x",
            "~ column public.users.email comment: Login -> y",
            "~ routine util.add(integer, integer) comment: Adds -> x");
    }
}
