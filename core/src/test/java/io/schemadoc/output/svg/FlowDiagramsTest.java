package io.schemadoc.output.svg;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigLoader;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.output.DocInput;
import io.schemadoc.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The flow diagram of a trace: boxes in firing order, lines from each step to what it sets off, links to pages. */
class FlowDiagramsTest {

    static DocInput chatApp() {
        Config config = ConfigLoader.load(TestDatabases.examplePath("chat-app").resolve(".schemadoc.yml"));
        DocInput input = DocInput.of(TestDatabases.example("chat-app", 18), config);
        return input.with(DependencyGraph.of(input.schema()));
    }

    /** The chain from each box to its first child, as "title -> title -> …", starting at the operation. */
    private static List<String> chain(ErGraph g) {
        Map<String, ErGraph.Box> byId = new HashMap<>();
        g.boxes().forEach(b -> byId.put(b.id(), b));
        List<String> out = new ArrayList<>();
        String at = g.boxes().get(0).id();
        while (at != null) {
            out.add(byId.get(at).title().replaceFirst("^[0-9]+\\. ", ""));
            String from = at;
            at = g.relations().stream().filter(r -> r.from().equals(from)).map(ErGraph.Relation::to).findFirst().orElse(null);
        }
        return out;
    }

    @Test
    void chatMessagesInsertFiresTheSessionStatsChain() {
        DocInput input = chatApp();
        FlowDiagrams flows = FlowDiagrams.of(input, ".html");
        FlowDiagrams.Flow insert = flows.forTable(new QualifiedName("public", "chat_messages")).get(Operation.INSERT);
        assertThat(insert.file()).isEqualTo("flow/public.chat_messages.insert.svg");
        assertThat(chain(insert.graph())).containsExactly(
            "INSERT public.chat_messages",
            "trigger on_message_change",
            "public.update_session_stats()",
            "UPDATE public.chat_sessions",
            "trigger on_session_updated",
            "public.update_session_timestamp()");
        ErGraph.Box trigger = insert.graph().boxes().stream().filter(b -> b.title().endsWith("trigger on_message_change")).findFirst().orElseThrow();
        assertThat(trigger.rows().get(0).name()).startsWith("AFTER INSERT");
        assertThat(trigger.href()).isEqualTo("../public.chat_messages.html");
        ErGraph.Box fn = insert.graph().boxes().stream().filter(b -> b.title().equals("public.update_session_stats()")).findFirst().orElseThrow();
        assertThat(fn.href()).startsWith("../public.update_session_stats").endsWith(".html");
    }

    @Test
    void flowSvgIsWellFormedAndDeterministic() throws Exception {
        Map<String, String> a = FlowDiagrams.of(chatApp(), ".html").render(new SvgRenderer());
        Map<String, String> b = FlowDiagrams.of(chatApp(), ".html").render(new SvgRenderer());
        assertThat(a).isEqualTo(b).containsKey("flow/public.chat_messages.insert.svg").containsKey("flow/scenario-1.svg");
        for (Map.Entry<String, String> e : a.entrySet()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.newDocumentBuilder().parse(new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.UTF_8)));
            assertThat(e.getValue()).as(e.getKey()).contains("marker-end=\"url(#arrow)\"").doesNotContain("<script");
        }
        assertThat(a.get("flow/public.chat_messages.insert.svg")).contains("href=\"../public.chat_sessions.html\"", "on_session_updated");
    }
}
