package io.schemadoc.analysis.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The streaming JSON of a trace is the text the tree of nodes printed before, escaping included. */
class TraceFormatJsonTest {
    static final ObjectMapper TREE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** How TraceFormat.json wrote a trace until it streamed: kept here as the reference. */
    static String tree(TraceResult r) throws Exception {
        ObjectNode root = TREE.createObjectNode();
        root.put("table", r.table());
        root.put("operation", r.operation());
        ArrayNode cols = root.putArray("columns");
        r.columns().forEach(cols::add);
        ArrayNode steps = root.putArray("steps");
        for (TraceStep s : r.steps()) {
            ObjectNode o = steps.addObject();
            o.put("depth", s.depth());
            o.put("kind", s.kind());
            o.put("table", s.table());
            o.put("operation", s.operation());
            ArrayNode c = o.putArray("columns");
            s.columns().forEach(c::add);
            o.put("trigger", s.trigger());
            o.put("timing", s.timing());
            o.put("level", s.level());
            o.put("function", s.function());
            o.put("condition", s.condition());
            o.put("note", s.note());
        }
        return TREE.writeValueAsString(root) + "\n";
    }

    @Test
    void sameTextAsTheTreeIncludingEscapesNullsAndEmptyLists() throws Exception {
        String hostile = "\"quoted\" \\ back/slash \n\t\u0001 café 日本 \uD83D\uDE00 </script>";
        TraceResult r = new TraceResult("app.\"we ird\"", "INSERT", List.of("a", hostile), List.of(
            new TraceStep(0, "operation", "app.\"we ird\"", "INSERT", List.of(), null, null, null, null, null, null),
            new TraceStep(1, "trigger", "app.t", "UPDATE", List.of("x", "y"), "t_" + hostile, "AFTER", "ROW", "app.f()",
                "new.a <> old.a", hostile),
            new TraceStep(12, "write", "app.t2", "DELETE", null, null, null, null, "app.g", null, "")),
            List.of(-1, 0, 1), Set.of());
        assertThat(TraceFormat.json(r)).isEqualTo(tree(r));
        TraceResult empty = new TraceResult("s.t", "DELETE", List.of(), List.of(), List.of(), Set.of());
        assertThat(TraceFormat.json(empty)).isEqualTo(tree(empty));
    }
}
