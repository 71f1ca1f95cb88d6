package io.schemadoc.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.Constraint;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import io.schemadoc.model.Table;
import io.schemadoc.model.Trigger;
import io.schemadoc.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same SQL gives the same model on every embedded version, apart from what PostgreSQL itself prints or
 * catalogs differently (view text before 16, NOT NULL constraints from 18, names of FK clones, extension versions,
 * and whether a view reads through its alias).
 */
class CatalogVersionsTest {

    @ParameterizedTest
    @ValueSource(ints = {15, 16, 17})
    void sameModelAsOn18(int version) {
        assertThat(comparable(CatalogReaderTest.everything(version), version))
            .containsExactlyElementsOf(comparable(CatalogReaderTest.everything(18), 18));
    }

    /**
     * PostgreSQL 13 and 14 cannot run all of everything.sql (SET NULL (col) is 15+, BEGIN ATOMIC 14+): the same
     * script without those two, read on 13, 14 and 18, must give the same model. On 13 and 14 a trigger cloned onto a
     * partition is still flagged tgisinternal, which the reader must see through.
     */
    @ParameterizedTest
    @ValueSource(ints = {13, 14})
    void olderServersGiveTheSameModelAsOn18(int version) {
        Schema old = CatalogReaderTest.read(TestDatabases.databaseWith(version, portable()), CatalogReaderTest.options(List.of(), List.of(), false));
        Schema current = CatalogReaderTest.read(TestDatabases.databaseWith(18, portable()), CatalogReaderTest.options(List.of(), List.of(), false));
        assertThat(old.serverVersionNum() / 10000).isEqualTo(version);
        assertThat(comparable(old, version)).containsExactlyElementsOf(comparable(current, 18));
        Table partition = new SchemaIndex(old).table("app", "events_2024");
        assertThat(partition.triggers()).extracting(Trigger::name, Trigger::inherited)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("events_touch", true));
        assertThat(new SchemaIndex(old).routines("app", "user_count").get(0).atomicBody()).isFalse();
    }

    private static String portable() {
        String sql = CatalogReaderTest.resource("everything.sql")
            .replace("ON DELETE SET NULL (user_id)", "ON DELETE SET NULL")
            .replace("""
                LANGUAGE sql STABLE
                    BEGIN ATOMIC
                        SELECT count(*) FROM app.users WHERE status = s;
                    END;""", """
                LANGUAGE sql STABLE
                    AS $$ SELECT count(*) FROM app.users WHERE status = s $$;""");
        assertThat(sql).doesNotContain("BEGIN ATOMIC").doesNotContain("SET NULL (");
        return sql;
    }

    /** One line per object, in model order, without the parts that differ by version on purpose. */
    private static List<String> comparable(Schema s, int version) {
        List<String> out = new ArrayList<>();
        out.add("searchPath " + s.searchPath());
        // The public schema is owned by pg_database_owner from 15 on.
        s.schemas().forEach(n -> out.add(n.name() + " " + (n.name().equals("public") ? "" : n.owner()) + " " + n.comment()));
        s.extensions().forEach(e -> out.add("extension " + e.name() + " " + e.schema() + " " + e.comment()));
        for (Table t : s.tables()) {
            out.add(t.schema() + "." + t.name() + " " + t.kind() + " " + t.owner() + " " + t.comment() + " " + t.rlsEnabled() + " "
                + t.rlsForced() + " " + t.unlogged() + " " + t.partitionKey() + " " + t.partitionOf() + " " + t.partitionBound()
                + " " + t.inherits() + " " + t.dependsOn() + " view=" + (t.viewDefinition() != null));
            t.columns().forEach(c -> out.add("  " + c));
            for (Constraint c : t.constraints()) {
                if (c.type() == Constraint.Type.NOT_NULL) {
                    continue;
                }
                if (c.inherited() && c.type() == Constraint.Type.FOREIGN_KEY && !t.qualifiedName().equals(
                        new io.schemadoc.model.QualifiedName(c.foreignKey().referencedSchema(), c.foreignKey().referencedTable()))) {
                    out.add("  inherited FK to " + c.foreignKey().referencedQualifiedName() + " " + c.columns());
                    continue;
                }
                out.add("  " + c);
            }
            t.indexes().forEach(i -> out.add("  " + i));
            t.triggers().forEach(tr -> out.add("  " + tr));
            t.policies().forEach(p -> out.add("  " + p));
        }
        // pg_get_function_arguments writes a procedure's IN mode before 15: compared through the typed arguments instead.
        s.routines().forEach(r -> out.add(new Routine(r.schema(), r.name(), r.kind(), r.argumentTypes(), null, r.arguments(),
            r.returns(), r.returnsSet(), r.language(), r.volatility(), r.strict(), r.securityDefiner(), r.leakproof(), r.settings(),
            r.body(), r.atomicBody(), r.owner(), r.comment(), r.extension(), r.source()).toString()));
        s.enums().forEach(e -> out.add(e.toString()));
        s.domains().forEach(d -> out.add(d.toString()));
        s.compositeTypes().forEach(c -> out.add(c.toString()));
        s.sequences().forEach(q -> out.add(q.toString()));
        return out;
    }
}
