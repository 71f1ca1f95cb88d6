package io.schemadoc.analysis.deps;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.testing.TestDatabases;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts of seed 002's Tables, Functions and Triggers sections, read from examples/chat-app by the analysis. */
class ChatAppFactsTest {
    private static DependencyGraph graph;

    @BeforeAll
    static void load() {
        graph = DependencyGraph.of(TestDatabases.example("chat-app", 18));
    }

    private static RoutineFacts fn(String name) {
        return graph.routines().stream().filter(f -> f.ref().qualifiedName().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, List<Operation>> writes(String name) {
        Map<String, List<Operation>> out = new TreeMap<>();
        fn(name).writes().forEach(w -> out.put(w.table().toString(), w.operations()));
        return out;
    }

    private static List<String> calls(String name) {
        return fn(name).calls().stream().map(RoutineRef::qualifiedName).toList();
    }

    @Test
    void functionsSection() {
        assertThat(writes("public.log_user_activity")).containsOnlyKeys("public.user_activity_log");
        assertThat(writes("public.handle_user_profile_sync"))
            .containsExactlyEntriesOf(Map.of("public.profiles", List.of(Operation.INSERT, Operation.UPDATE)));
        assertThat(fn("public.handle_user_profile_sync").writesTransitively()).extracting(w -> w.table().toString())
            .containsExactly("public.profiles", "public.user_activity_log");
        assertThat(calls("public.handle_user_profile_sync")).containsExactly("public.log_user_activity");
        assertThat(writes("public.sync_profile_from_auth")).containsOnlyKeys("public.profiles");
        assertThat(writes("public.update_session_stats")).containsOnlyKeys("public.chat_sessions");
        assertThat(fn("public.update_session_stats").writes().get(0).updateColumns())
            .contains("message_count", "total_tokens", "last_message_preview", "last_message_timestamp");
        assertThat(writes("public.sync_user_conversations")).containsOnlyKeys("public.chat_sessions", "public.chat_messages");
        assertThat(writes("public.track_user_usage")).containsOnlyKeys("public.user_usage_daily");
        assertThat(writes("public.update_user_tier")).containsOnlyKeys("public.profiles");
        assertThat(calls("public.jsonb_deep_merge")).containsExactly("public.jsonb_deep_merge");
        assertThat(writes("public.update_user_preferences")).containsOnlyKeys("public.profiles");
        assertThat(calls("public.update_user_preferences")).containsExactlyInAnyOrder("public.jsonb_deep_merge", "public.log_user_activity");
        assertThat(calls("public.get_user_complete_profile")).containsExactly("public.get_user_allowed_models");
        assertThat(writes("public.cleanup_old_data")).containsOnlyKeys("public.user_activity_log", "public.user_usage_daily", "public.system_cache");
        for (String reader : List.of("public.get_user_recent_sessions", "public.get_session_with_messages", "public.get_user_allowed_models",
            "public.can_user_use_model", "public.get_user_complete_profile", "public.export_user_data", "public.analyze_database_health")) {
            assertThat(writes(reader)).as(reader).isEmpty();
        }
        // BEFORE triggers that change the row being written (seed 002 lists them as writing their table).
        assertThat(fn("public.update_updated_at_column").changesRow()).singleElement()
            .satisfies(c -> assertThat(c.table()).hasToString("public.profiles"));
        assertThat(fn("public.update_session_timestamp").changesRow()).singleElement()
            .satisfies(c -> assertThat(c.columns()).contains("updated_at", "last_activity"));
        assertThat(graph.routines()).allSatisfy(f -> {
            assertThat(f.unparsed()).as(f.ref() + " unparsed").isEmpty();
            assertThat(f.dynamic()).as(f.ref() + " dynamic").isEmpty();
        });
    }

    @Test
    void tablesSection() {
        TableFacts profiles = graph.table(new QualifiedName("public", "profiles"));
        assertThat(profiles.triggers()).extracting(t -> t.trigger().name() + " " + t.firesOn())
            .containsExactly("update_profiles_updated_at BEFORE INSERT OR UPDATE ON public.profiles");
        assertThat(profiles.writingTriggers()).extracting(t -> t.trigger().name()).containsExactly("on_auth_user_profile_sync");
        TableFacts log = graph.table(new QualifiedName("public", "user_activity_log"));
        assertThat(log.triggers()).isEmpty();
        assertThat(log.writtenBy()).extracting(w -> w.routine().qualifiedName())
            .contains("public.log_user_activity", "public.handle_user_profile_sync", "public.update_user_preferences");
        assertThat(log.writtenBy()).filteredOn(w -> w.routine().name().equals("handle_user_profile_sync")).singleElement()
            .satisfies(w -> assertThat(w.through().name()).isEqualTo("log_user_activity"));
        TableFacts sessions = graph.table(new QualifiedName("public", "chat_sessions"));
        assertThat(sessions.triggers()).extracting(t -> t.trigger().name()).containsExactly("on_session_updated");
        assertThat(sessions.writtenBy()).extracting(w -> w.routine().name()).contains("update_session_stats", "sync_user_conversations");
        assertThat(sessions.writingTriggers()).extracting(t -> t.trigger().name()).containsExactly("on_message_change");
        TableFacts messages = graph.table(new QualifiedName("public", "chat_messages"));
        assertThat(messages.triggers()).extracting(TriggerOn::firesOn).containsExactly("AFTER INSERT OR DELETE OR UPDATE ON public.chat_messages");
        assertThat(messages.writtenBy()).extracting(w -> w.routine().name()).containsExactly("sync_user_conversations");
        assertThat(graph.table(new QualifiedName("public", "user_usage_daily")).writtenBy()).extracting(w -> w.routine().name())
            .contains("track_user_usage");
        assertThat(graph.table(new QualifiedName("public", "model_access")).writtenBy()).isEmpty();
        assertThat(graph.table(new QualifiedName("public", "system_stats")).writtenBy()).isEmpty();
    }

    @Test
    void triggersAndViewSections() {
        assertThat(graph.triggers()).extracting(t -> t.trigger().name() + " → " + t.trigger().function().qualifiedName())
            .containsExactlyInAnyOrder(
                "update_profiles_updated_at → public.update_updated_at_column",
                "on_auth_user_profile_sync → public.handle_user_profile_sync",
                "on_message_change → public.update_session_stats",
                "on_session_updated → public.update_session_timestamp");
        assertThat(graph.triggers()).allSatisfy(t -> assertThat(t.trigger().source()).as(t.trigger().name() + " source").isNotNull());
        TableFacts view = graph.table(new QualifiedName("public", "api_user_summary"));
        assertThat(view.viewSources()).extracting(v -> v.relation().qualifiedName())
            .containsExactlyInAnyOrder("public.profiles", "public.chat_sessions", "public.user_usage_daily");
    }
}
