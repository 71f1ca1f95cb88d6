package io.schemadoc.analysis.deps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed docs of examples/chat-app state the facts of seed 002's Tables, Functions, Triggers, Indexes and
 * Views sections and its six scenarios (schemadoc check keeps them equal to what doc writes).
 */
class ChatAppDocsTest {
    private static final Path DOCS = Path.of("../docs/examples/chat-app");

    private static String page(String name) throws IOException {
        return Files.readString(DOCS.resolve(name));
    }

    /** The text of one "## heading" section. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n## " + heading + "\n");
        assertThat(start).as("section " + heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + 4);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static String row(String markdown, String firstCell) {
        return markdown.lines().filter(l -> l.startsWith("| " + firstCell + " ") || l.startsWith("| [" + firstCell))
            .findFirst().orElseThrow(() -> new AssertionError("no row starting with " + firstCell));
    }

    @Test
    void indexHasSeed002sSections() throws IOException {
        String readme = page("README.md");
        assertThat(readme).contains("## Triggers", "## Indexes", "## Table writes", "## Routine writes", "## Views", "## Scenarios");
        String triggers = section(readme, "Triggers");
        String tables = section(readme, "Table writes");
        String routines = section(readme, "Routine writes");
        assertThat(row(triggers, "update_profiles_updated_at")).contains("BEFORE INSERT OR UPDATE ON", "public.profiles",
            "public.update_updated_at_column()", "01-complete-user-management.sql");
        assertThat(row(triggers, "on_auth_user_profile_sync")).contains("AFTER INSERT OR UPDATE ON", "auth.users",
            "public.handle_user_profile_sync()", "01-complete-user-management.sql");
        assertThat(row(triggers, "on_message_change")).contains("AFTER INSERT OR DELETE OR UPDATE ON", "public.update_session_stats()",
            "02-complete-chat-history.sql");
        assertThat(row(triggers, "on_session_updated")).contains("BEFORE UPDATE ON", "public.update_session_timestamp()", "02-complete-chat-history.sql");
        assertThat(row(section(readme, "Indexes"), "idx_system_stats_date")).contains("public.system_stats", "stat_date DESC", "04-complete-system-final.sql");
        assertThat(row(tables, "public.user_activity_log")).contains("public.log_user_activity(", "public.cleanup_old_data(",
            "public.handle_user_profile_sync(", "through calls", "on_auth_user_profile_sync");
        assertThat(row(tables, "public.chat_sessions")).contains("public.update_session_stats(", "public.sync_user_conversations(",
            "on_message_change");
        assertThat(row(routines, "public.update_user_preferences(")).contains("public.profiles", "public.jsonb_deep_merge(", "public.log_user_activity(");
        assertThat(row(routines, "public.cleanup_old_data(")).contains("public.user_activity_log", "public.user_usage_daily", "public.system_cache");
        assertThat(row(routines, "public.jsonb_deep_merge(")).contains("public.jsonb_deep_merge(jsonb, jsonb)");
        assertThat(row(routines, "public.update_updated_at_column(")).contains("the row written to", "public.profiles");
        assertThat(row(section(readme, "Views"), "public.api_user_summary")).contains("public.profiles", "public.chat_sessions", "public.user_usage_daily",
            "04-complete-system-final.sql");
        assertThat(readme).contains("### Scenario: User signs in for the first time", "### Scenario: Existing user signs in",
            "### Scenario: User sends a message and receives a response", "### Scenario: User edits the title of a conversation",
            "### Scenario: User deletes a conversation", "### Scenario: User clears all conversations");
    }

    @Test
    void tablePagesSayWhatHappens() throws IOException {
        String messages = page("public.chat_messages.md");
        assertThat(messages).contains("## What happens on INSERT / UPDATE / DELETE", "### INSERT", "### DELETE",
            "`on_message_change` (row) fires on", "`public.update_session_stats()` updates");
        String sessions = page("public.chat_sessions.md");
        assertThat(sessions).contains("## Written by", "ON DELETE CASCADE");
        assertThat(page("public.system_stats.md")).doesNotContain("## What happens", "## Written by");
        assertThat(page("public.handle_user_profile_sync.md")).contains("## Dependencies", "| Fired by ", "| Calls ");
    }
}
