package io.schemadoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.Index;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import io.schemadoc.model.Trigger;
import io.schemadoc.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example loads on PostgreSQL 15 and 18 through the SQL-files source, and holds what its seed describes. */
class ExamplesTest {

    static final List<String> EXAMPLES = List.of("chat-app", "course-designer", "quietus", "referrals", "spec-analyzer");

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void everyExampleLoads(int pg) {
        for (String name : EXAMPLES) {
            Schema schema = TestDatabases.example(name, pg);
            assertThat(schema.tables()).as(name).isNotEmpty();
            assertThat(schema.serverVersionNum() / 10000).isEqualTo(pg);
            assertThat(schema.tables()).as(name + ": every table knows its migration file")
                .allSatisfy(t -> assertThat(t.source()).isNotNull());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void chatAppHoldsSeed002(int pg) {
        Schema schema = TestDatabases.example("chat-app", pg);
        assertThat(schema.tables().stream().filter(t -> t.kind() == TableKind.TABLE).map(t -> t.schema() + "." + t.name()))
            .containsExactlyInAnyOrder("auth.users", "public.profiles", "public.user_activity_log", "public.chat_sessions",
                "public.chat_messages", "public.user_usage_daily", "public.model_access", "public.system_cache", "public.system_stats");
        assertThat(schema.tables().stream().filter(t -> t.kind() == TableKind.VIEW).map(Table::name)).containsExactly("api_user_summary");
        assertThat(schema.routines()).hasSize(19);
        // Seed 002's Triggers table: the file each came from.
        Map<String, String> triggerFiles = schema.tables().stream().flatMap(t -> t.triggers().stream())
            .collect(Collectors.toMap(Trigger::name, tr -> tr.source().file()));
        assertThat(triggerFiles).containsExactlyInAnyOrderEntriesOf(Map.of(
            "update_profiles_updated_at", "01-complete-user-management.sql",
            "on_auth_user_profile_sync", "01-complete-user-management.sql",
            "on_message_change", "02-complete-chat-history.sql",
            "on_session_updated", "02-complete-chat-history.sql"));
        // Seed 002's Indexes table: a sample from each file.
        Map<String, String> indexFiles = schema.tables().stream().flatMap(t -> t.indexes().stream())
            .collect(Collectors.toMap(Index::name, i -> i.source().file()));
        assertThat(indexFiles).containsEntry("idx_profiles_email", "01-complete-user-management.sql")
            .containsEntry("idx_chat_messages_tokens_role", "02-complete-chat-history.sql")
            .containsEntry("idx_usage_daily_user_date", "03-complete-user-enhancements.sql")
            .containsEntry("idx_system_stats_date", "04-complete-system-final.sql");
        Table view = schema.tables().stream().filter(t -> t.name().equals("api_user_summary")).findFirst().orElseThrow();
        assertThat(view.source().file()).isEqualTo("04-complete-system-final.sql");
        assertThat(view.dependsOn()).extracting(r -> r.schema() + "." + r.name())
            .contains("public.profiles", "public.chat_sessions", "public.user_usage_daily");
    }

    /** The example's own scenario checks (seed 002's six scenarios and more) pass on the database it builds. */
    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void chatAppScenariosHold(int pg) throws Exception {
        Path dir = TestDatabases.examplePath("chat-app");
        StringBuilder migrations = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                migrations.append(Files.readString(f, StandardCharsets.UTF_8)).append("\n;\n");
            }
        }
        String url = TestDatabases.databaseWith(pg, migrations.toString());
        TestDatabases.execute(url, Files.readString(dir.resolve("checks/scenarios.sql"), StandardCharsets.UTF_8));
    }
}
