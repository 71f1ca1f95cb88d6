package io.schemadoc.analysis.trace;

import static io.schemadoc.analysis.Fixtures.foreignKey;
import static io.schemadoc.analysis.Fixtures.function;
import static io.schemadoc.analysis.Fixtures.rowTrigger;
import static io.schemadoc.analysis.Fixtures.schema;
import static io.schemadoc.analysis.Fixtures.table;
import static io.schemadoc.analysis.Fixtures.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemadoc.analysis.Fixtures;
import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.model.ForeignKey;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Trigger;
import io.schemadoc.model.Trigger.Event;
import io.schemadoc.model.Trigger.Level;
import io.schemadoc.model.Trigger.Timing;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TracerTest {

    private static Routine noop(String name) {
        return Fixtures.trigger(name, "BEGIN RETURN NEW; END");
    }

    private static TraceResult trace(Schema s, String table, Operation op, String... columns) {
        String[] p = table.split("\\.");
        return Tracer.trace(DependencyGraph.of(s), new QualifiedName(p[0], p[1]), op, List.of(columns));
    }

    private static List<String> lines(TraceResult r) {
        return r.steps().stream().map(s -> s.depth() + " " + s.kind()
            + (s.trigger() != null ? " " + s.trigger() : s.table() != null ? " " + s.table() : "")
            + (s.function() != null ? " " + s.function() : "")).toList();
    }

    @Test
    void firingOrderIsBeforeStatementBeforeRowAfterRowAfterStatementByNameInEach() {
        List<Trigger> triggers = List.of(
            trigger("z_after_stmt", Timing.AFTER, Level.STATEMENT, "public.f_as", List.of(), null, Trigger.Enabled.ORIGIN, Event.INSERT),
            rowTrigger("b_after", Timing.AFTER, "public.f_ar2", Event.INSERT),
            rowTrigger("a_after", Timing.AFTER, "public.f_ar1", Event.INSERT),
            rowTrigger("Z_before", Timing.BEFORE, "public.f_br2", Event.INSERT),
            rowTrigger("a_before", Timing.BEFORE, "public.f_br1", Event.INSERT),
            trigger("y_before_stmt", Timing.BEFORE, Level.STATEMENT, "public.f_bs", List.of(), null, Trigger.Enabled.ORIGIN, Event.INSERT),
            rowTrigger("on_delete_only", Timing.BEFORE, "public.f_del", Event.DELETE));
        Schema s = schema(List.of(table("public.t", triggers, List.of(), "id")),
            List.of(noop("public.f_as"), noop("public.f_ar1"), noop("public.f_ar2"), noop("public.f_br1"), noop("public.f_br2"),
                noop("public.f_bs"), noop("public.f_del")));
        assertThat(lines(trace(s, "public.t", Operation.INSERT))).containsExactly(
            "0 operation public.t",
            "1 trigger y_before_stmt public.f_bs",
            "1 trigger Z_before public.f_br2",
            "1 trigger a_before public.f_br1",
            "1 trigger a_after public.f_ar1",
            "1 trigger b_after public.f_ar2",
            "1 trigger z_after_stmt public.f_as");
    }

    @Test
    void updateOfWhenDisabledAndReplica() {
        List<Trigger> triggers = List.of(
            trigger("of_b", Timing.BEFORE, Level.ROW, "public.f_of", List.of("b"), null, Trigger.Enabled.ORIGIN, Event.UPDATE),
            trigger("when_x", Timing.BEFORE, Level.ROW, "public.f_when", List.of(), "(new.a > 0)", Trigger.Enabled.ORIGIN, Event.UPDATE),
            trigger("off", Timing.BEFORE, Level.ROW, "public.f_off", List.of(), null, Trigger.Enabled.DISABLED, Event.UPDATE),
            trigger("replica", Timing.BEFORE, Level.ROW, "public.f_rep", List.of(), null, Trigger.Enabled.REPLICA, Event.UPDATE),
            trigger("always", Timing.BEFORE, Level.ROW, "public.f_always", List.of(), null, Trigger.Enabled.ALWAYS, Event.UPDATE));
        Schema s = schema(List.of(table("public.t", triggers, List.of(), "a", "b")),
            List.of(noop("public.f_of"), noop("public.f_when"), noop("public.f_off"), noop("public.f_rep"), noop("public.f_always")));
        TraceResult setA = trace(s, "public.t", Operation.UPDATE, "a");
        assertThat(lines(setA)).containsExactly("0 operation public.t", "1 trigger always public.f_always", "1 skipped off public.f_off",
            "1 skipped replica public.f_rep", "1 trigger when_x public.f_when");
        assertThat(setA.routines()).extracting(r -> r.name()).containsExactly("f_always", "f_when");
        TraceStep when = setA.steps().get(4);
        assertThat(when.condition()).isEqualTo("(new.a > 0)");
        assertThat(when.note()).contains("conditional");
        assertThat(lines(trace(s, "public.t", Operation.UPDATE, "b"))).contains("1 trigger of_b public.f_of");
        TraceResult unknownColumns = trace(s, "public.t", Operation.UPDATE);
        assertThat(unknownColumns.steps()).filteredOn(x -> "of_b".equals(x.trigger())).singleElement()
            .satisfies(x -> assertThat(x.note()).contains("only if one of b is set"));
    }

    @Test
    void writesContinueTheCascadeAndACycleIsReportedOnce() {
        Routine ping = Fixtures.trigger("public.f_ping", "BEGIN UPDATE public.pong SET n = n + 1, m = 0; RETURN NULL; END");
        Routine pong = Fixtures.trigger("public.f_pong", "BEGIN PERFORM public.helper(); UPDATE public.ping SET n = 1; RETURN NULL; END");
        Routine helper = function("public.helper", "plpgsql", "BEGIN EXECUTE 'select 1'; END");
        Schema s = schema(List.of(
            table("public.ping", List.of(rowTrigger("ping_t", Timing.AFTER, "public.f_ping", Event.UPDATE)), List.of(), "n"),
            table("public.pong", List.of(rowTrigger("pong_t", Timing.AFTER, "public.f_pong", Event.UPDATE)), List.of(), "n", "m")),
            List.of(ping, pong, helper));
        TraceResult r = trace(s, "public.ping", Operation.UPDATE, "n");
        assertThat(lines(r)).containsExactly(
            "0 operation public.ping",
            "1 trigger ping_t public.f_ping",
            "2 write public.pong public.f_ping",
            "3 trigger pong_t public.f_pong",
            "4 call public.helper",
            "5 unknown public.helper",
            "4 write public.ping public.f_pong",
            "5 trigger ping_t public.f_ping",
            "6 cycle public.f_ping");
        assertThat(r.steps().get(2).columns()).containsExactly("n", "m");
        assertThat(r.steps().get(5).note()).contains("dynamic SQL");
        assertThat(r.steps()).filteredOn(x -> x.kind().equals("cycle")).hasSize(1);
    }

    @Test
    void foreignKeyActionsContinueIntoChildren() {
        Routine childDeleted = Fixtures.trigger("public.f_child", "BEGIN RETURN OLD; END");
        Routine grandUpdated = Fixtures.trigger("public.f_grand", "BEGIN RETURN NEW; END");
        Schema s = schema(List.of(
            table("public.parent", "id"),
            table("public.child", List.of(rowTrigger("child_del", Timing.AFTER, "public.f_child", Event.DELETE)),
                List.of(foreignKey("child_parent_fk", List.of("parent_id"), "public.parent", List.of("id"),
                    ForeignKey.Action.CASCADE, ForeignKey.Action.CASCADE)), "id", "parent_id"),
            table("public.grand", List.of(rowTrigger("grand_upd", Timing.BEFORE, "public.f_grand", Event.UPDATE)),
                List.of(foreignKey("grand_child_fk", List.of("child_id"), "public.child", List.of("id"),
                    ForeignKey.Action.SET_NULL, ForeignKey.Action.NO_ACTION)), "id", "child_id"),
            table("public.keep", List.of(), List.of(foreignKey("keep_fk", List.of("parent_id"), "public.parent", List.of("id"),
                ForeignKey.Action.RESTRICT, ForeignKey.Action.NO_ACTION)), "parent_id")),
            List.of(childDeleted, grandUpdated));
        // The FK action is an internal AFTER ROW trigger named RI_ConstraintTrigger_a_…: "R" sorts before "c".
        assertThat(lines(trace(s, "public.parent", Operation.DELETE))).containsExactly(
            "0 operation public.parent",
            "1 fk public.child",
            "2 fk public.grand",
            "3 trigger grand_upd public.f_grand",
            "2 trigger child_del public.f_child");
        TraceResult del = trace(s, "public.parent", Operation.DELETE);
        // Each step hangs under the one it follows from, whatever the firing order put in between.
        assertThat(del.parents()).containsExactly(-1, 0, 1, 2, 1);
        assertThat(TraceFormat.mermaid(del)).contains("s2 --> s3", "s3 --> s4", "s2 --> s5");
        TraceResult upd = trace(s, "public.parent", Operation.UPDATE, "id");
        assertThat(upd.steps().get(1).operation()).isEqualTo("UPDATE");
        assertThat(upd.steps().get(1).columns()).containsExactly("parent_id");
        assertThat(lines(trace(s, "public.parent", Operation.UPDATE, "other"))).containsExactly("0 operation public.parent");
    }

    @Test
    void jsonHasExactlyTheDocumentedShape() throws Exception {
        Schema s = schema(List.of(table("public.t", List.of(rowTrigger("tr", Timing.BEFORE, "public.f", Event.INSERT)), List.of(), "id")),
            List.of(noop("public.f")));
        JsonNode root = new ObjectMapper().readTree(TraceFormat.json(trace(s, "public.t", Operation.INSERT)));
        assertThat(names(root)).containsExactly("table", "operation", "columns", "steps");
        assertThat(root.get("table").asText()).isEqualTo("public.t");
        assertThat(names(root.get("steps").get(0))).containsExactly("depth", "kind", "table", "operation", "columns", "trigger",
            "timing", "level", "function", "condition", "note");
        assertThat(root.get("steps").get(1).get("function").asText()).isEqualTo("public.f");
    }

    @Test
    void mermaidEscapesNamesFromTheSchema() {
        Schema s = schema(List.of(table("public.t", List.of(rowTrigger("tr\"<b>#1", Timing.BEFORE, "public.f", Event.INSERT)), List.of(), "id")),
            List.of(noop("public.f")));
        String m = TraceFormat.mermaid(trace(s, "public.t", Operation.INSERT));
        assertThat(m).startsWith("flowchart TD\n").contains("tr#quot;#lt;b#gt;#35;1").contains("s1 --> s2").doesNotContain("<b>");
        String text = TraceFormat.text(trace(s, "public.t", Operation.INSERT));
        assertThat(text).contains("1. INSERT into public.t.").contains("2.   BEFORE INSERT trigger tr\"<b>#1 (row) fires on public.t and executes public.f().");
    }

    @Test
    void depthCapStopsDeepChains() {
        List<io.schemadoc.model.Table> tables = new ArrayList<>();
        List<Routine> routines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tables.add(table("public.t" + i, List.of(rowTrigger("tr", Timing.AFTER, "public.f" + i, Event.INSERT)), List.of(), "id"));
            routines.add(Fixtures.trigger("public.f" + i, "BEGIN INSERT INTO public.t" + (i + 1) + " VALUES (1); RETURN NULL; END"));
        }
        TraceResult r = Tracer.trace(DependencyGraph.of(schema(tables, routines)), new QualifiedName("public", "t0"), Operation.INSERT,
            List.of(), new Tracer.Options(10, 2000));
        assertThat(r.steps()).last().satisfies(x -> assertThat(x.kind()).isEqualTo("limit"));
        assertThat(r.steps()).allSatisfy(x -> assertThat(x.depth()).isLessThanOrEqualTo(11));
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
