package io.schemadoc.analysis.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigLoader;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 002's six scenarios, from examples/chat-app/.schemadoc.yml, traced on the example. */
class ChatAppScenariosTest {
    private static DependencyGraph graph;
    private static List<Scenarios.Traced> traced;

    @BeforeAll
    static void load() {
        graph = DependencyGraph.of(TestDatabases.example("chat-app", 18));
        Config config = ConfigLoader.load(Path.of("../examples/chat-app/.schemadoc.yml"));
        traced = Scenarios.trace(graph, config.scenarios());
    }

    private static List<String> steps(int scenario) {
        return traced.get(scenario).result().steps().stream()
            .map(s -> s.kind() + " " + (s.trigger() != null ? s.trigger() + " " : "") + (s.table() != null ? s.table() + " " : "")
                + (s.operation() != null ? s.operation() + " " : "") + (s.function() != null ? s.function() : "")).map(String::strip).toList();
    }

    @Test
    void sixScenariosInTheConfigsOrder() {
        assertThat(traced).extracting(t -> t.scenario().name()).containsExactly(
            "User signs in for the first time", "Existing user signs in", "User sends a message and receives a response",
            "User edits the title of a conversation", "User deletes a conversation", "User clears all conversations");
    }

    @Test
    void firstSignIn() {
        assertThat(steps(0)).containsExactly(
            "operation auth.users INSERT",
            "trigger on_auth_user_profile_sync auth.users INSERT public.handle_user_profile_sync",
            "write public.profiles INSERT public.handle_user_profile_sync",
            "trigger update_profiles_updated_at public.profiles INSERT public.update_updated_at_column",
            "call public.log_user_activity",
            "write public.user_activity_log INSERT public.log_user_activity",
            "write public.profiles UPDATE public.handle_user_profile_sync",
            "trigger update_profiles_updated_at public.profiles UPDATE public.update_updated_at_column",
            "call public.log_user_activity",
            "write public.user_activity_log INSERT public.log_user_activity");
        assertThat(traced.get(0).result().steps().get(6).columns()).contains("email", "full_name", "avatar_url", "last_active", "updated_at");
    }

    @Test
    void sendingAMessageUpdatesTheSessionWhoseTriggerStampsIt() {
        assertThat(steps(2)).containsExactly(
            "operation public.chat_messages INSERT",
            "trigger on_message_change public.chat_messages INSERT public.update_session_stats",
            "write public.chat_sessions UPDATE public.update_session_stats",
            "trigger on_session_updated public.chat_sessions UPDATE public.update_session_timestamp");
        assertThat(traced.get(2).result().steps().get(2).columns())
            .contains("message_count", "total_tokens", "last_message_preview", "last_message_timestamp");
    }

    @Test
    void editingATitleAndDeletingConversations() {
        assertThat(steps(3)).containsExactly("operation public.chat_sessions UPDATE",
            "trigger on_session_updated public.chat_sessions UPDATE public.update_session_timestamp");
        for (int i : new int[] {4, 5}) {
            assertThat(steps(i)).startsWith("operation public.chat_sessions DELETE", "fk public.chat_messages DELETE",
                "trigger on_message_change public.chat_messages DELETE public.update_session_stats");
            assertThat(traced.get(i).result().steps().get(1).note()).contains("ON DELETE CASCADE");
        }
    }

    @Test
    void whatHappensPerTable() {
        Map<Operation, TraceResult> messages = Scenarios.whatHappens(graph, new QualifiedName("public", "chat_messages"));
        assertThat(messages).containsOnlyKeys(Operation.INSERT, Operation.UPDATE, Operation.DELETE);
        assertThat(Scenarios.whatHappens(graph, new QualifiedName("public", "system_stats"))).isEmpty();
        // Deleting a user cascades into profiles, sessions (and so messages), logs and usage.
        assertThat(Scenarios.whatHappens(graph, new QualifiedName("auth", "users")).get(Operation.DELETE).steps())
            .filteredOn(s -> s.kind().equals("fk")).extracting(TraceStep::table)
            .contains("public.profiles", "public.chat_sessions", "public.chat_messages", "public.user_usage_daily");
    }

    @Test
    void aScenarioNamingNoTableIsAClearError() {
        Config.Scenario bad = new Config.Scenario("Oops", "public.nope", "insert", List.of(), null);
        assertThatThrownBy(() -> Scenarios.trace(graph, List.of(bad))).isInstanceOf(TraceException.class)
            .hasMessageContaining("scenario 'Oops'").hasMessageContaining("public.nope");
    }
}
