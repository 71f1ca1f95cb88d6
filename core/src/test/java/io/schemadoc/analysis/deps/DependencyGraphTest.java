package io.schemadoc.analysis.deps;

import static io.schemadoc.analysis.Fixtures.function;
import static io.schemadoc.analysis.Fixtures.rowTrigger;
import static io.schemadoc.analysis.Fixtures.schema;
import static io.schemadoc.analysis.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.analysis.Fixtures;
import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import io.schemadoc.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    private static Table view(String qualified, ObjectRef... reads) {
        String[] p = qualified.split("\\.");
        return new Table(p[0], p[1], TableKind.VIEW, "owner", null, List.of(), List.of(), List.of(), List.of(), List.of(),
            false, false, false, -1, "SELECT 1", List.of(reads), null, null, null, List.of(), null);
    }

    @Test
    void viewLineageIsRecursiveAndEachRelationAppearsOnce() {
        Schema s = schema(List.of(
            table("public.a", "id"), table("public.b", "id"),
            view("public.v1", ObjectRef.relation(ObjectRef.Kind.TABLE, "public", "a")),
            view("public.v2", ObjectRef.relation(ObjectRef.Kind.VIEW, "public", "v1"), ObjectRef.relation(ObjectRef.Kind.TABLE, "public", "b"),
                ObjectRef.relation(ObjectRef.Kind.TABLE, "public", "a")),
            view("public.v3", ObjectRef.relation(ObjectRef.Kind.VIEW, "public", "v2"), new ObjectRef(ObjectRef.Kind.ROUTINE, "public", "f", ""))),
            List.of());
        DependencyGraph g = DependencyGraph.of(s);
        assertThat(g.table(new QualifiedName("public", "v3")).viewSources())
            .extracting(v -> v.relation().qualifiedName() + " via " + v.through())
            .containsExactly("public.v2 via []", "public.a via [public.v2]", "public.b via [public.v2]", "public.v1 via [public.v2]");
        assertThat(g.table(new QualifiedName("public", "a")).viewSources()).isEmpty();
    }

    @Test
    void writersAreTransitiveThroughCallsAndTriggersThatRunThemAreListed() {
        var inner = function("public.inner_write", "plpgsql", "BEGIN DELETE FROM public.a; END");
        var middle = function("public.middle", "plpgsql", "BEGIN PERFORM public.inner_write(); END");
        var outer = Fixtures.trigger("public.outer_trg", "BEGIN PERFORM public.middle(); RETURN NULL; END");
        Schema s = schema(List.of(table("public.a", "id"),
            table("public.b", List.of(rowTrigger("b_trg", Trigger.Timing.AFTER, "public.outer_trg", Trigger.Event.INSERT)), List.of(), "id")),
            List.of(inner, middle, outer));
        DependencyGraph g = DependencyGraph.of(s);
        TableFacts a = g.table(new QualifiedName("public", "a"));
        assertThat(a.writtenBy()).extracting(w -> w.routine().name() + " through " + (w.through() == null ? "-" : w.through().name()))
            .containsExactly("inner_write through -", "middle through inner_write", "outer_trg through middle");
        assertThat(a.writingTriggers()).extracting(t -> t.table() + "." + t.trigger().name()).containsExactly("public.b.b_trg");
        RoutineFacts m = g.routine(middle.ref());
        assertThat(m.calledBy()).containsExactly(outer.ref());
        assertThat(m.writes()).isEmpty();
        assertThat(m.writesTransitively()).extracting(w -> w.table().toString()).containsExactly("public.a");
        assertThat(g.routine(outer.ref()).firedBy()).extracting(t -> t.trigger().name()).containsExactly("b_trg");
    }
}
