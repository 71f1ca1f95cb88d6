package io.schemadoc.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.Constraint;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same SQL gives the same model on every embedded version, apart from what PostgreSQL itself prints or
 * catalogs differently (view text before 16, NOT NULL constraints from 18, names of FK clones, extension versions).
 */
class CatalogVersionsTest {

    @ParameterizedTest
    @ValueSource(ints = {15, 16, 17})
    void sameModelAsOn18(int version) {
        assertThat(comparable(CatalogReaderTest.everything(version), version))
            .containsExactlyElementsOf(comparable(CatalogReaderTest.everything(18), 18));
    }

    /** One line per object, in model order, without the parts that differ by version on purpose. */
    private static List<String> comparable(Schema s, int version) {
        List<String> out = new ArrayList<>();
        out.add("searchPath " + s.searchPath());
        s.schemas().forEach(n -> out.add(n.toString()));
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
        s.routines().forEach(r -> out.add(r.toString()));
        s.enums().forEach(e -> out.add(e.toString()));
        s.domains().forEach(d -> out.add(d.toString()));
        s.compositeTypes().forEach(c -> out.add(c.toString()));
        s.sequences().forEach(q -> out.add(q.toString()));
        return out;
    }
}
