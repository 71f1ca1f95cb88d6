package io.schemadoc.analysis.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.trace.TraceVerifier.Case;
import io.schemadoc.analysis.trace.TraceVerifier.Outcome;
import io.schemadoc.model.Schema;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Trace against PostgreSQL on the examples: seed 002's scenarios on chat-app and operations on the other examples.
 * Recall must be 100%; the precision over all cases is printed for the record.
 */
class ExamplesTraceAgainstDatabaseTest {

    static final int PG = TraceAgainstDatabaseTest.PG;
    static final List<Outcome> ALL = new ArrayList<>();

    static final String ADA = """
        INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
        VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
                '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}', now(), now(), now());
        """;
    static final String SESSION = """
        INSERT INTO public.chat_sessions (id, user_id, title, model, created_at, updated_at, last_activity)
        VALUES ('session-1', '11111111-1111-4111-8111-111111111111', 'New Chat', 'gpt-4o-mini', '2024-01-01', '2024-01-01', '2024-01-01');
        """;
    static final String MESSAGES = """
        INSERT INTO public.chat_messages (id, session_id, role, content, message_timestamp, input_tokens, output_tokens)
        VALUES ('msg-1', 'session-1', 'user', 'Hello', now(), 0, 0), ('msg-2', 'session-1', 'assistant', 'Hi', now(), 12, 150);
        """;

    @Test
    void chatAppScenariosOfSeed002() throws Exception {
        List<String> none = List.of();
        List<Case> cases = List.of(
            Case.of("user signs in for the first time", "auth.users", Operation.INSERT, none, ADA),
            new Case("existing user signs in", "auth.users", Operation.UPDATE, List.of("last_sign_in_at", "raw_user_meta_data", "updated_at"),
                ADA + "UPDATE public.profiles SET updated_at = '2024-01-01', last_active = '2024-01-01';",
                "UPDATE auth.users SET last_sign_in_at = now(), raw_user_meta_data = raw_user_meta_data || '{\"full_name\": \"Ada King\"}', updated_at = now()"),
            new Case("user sends a message", "public.chat_messages", Operation.INSERT, none, ADA + SESSION,
                "INSERT INTO public.chat_messages (id, session_id, role, content) VALUES ('msg-9', 'session-1', 'user', 'Hello')"),
            new Case("user edits the title of a conversation", "public.chat_sessions", Operation.UPDATE, List.of("title"), ADA + SESSION,
                "UPDATE public.chat_sessions SET title = 'PostgreSQL questions' WHERE id = 'session-1'"),
            new Case("user deletes a conversation", "public.chat_sessions", Operation.DELETE, none, ADA + SESSION + MESSAGES,
                "DELETE FROM public.chat_sessions WHERE id = 'session-1'"),
            new Case("user clears all conversations", "public.chat_sessions", Operation.DELETE, none, ADA + SESSION + MESSAGES,
                "DELETE FROM public.chat_sessions WHERE user_id = '11111111-1111-4111-8111-111111111111'"),
            new Case("user account deleted", "auth.users", Operation.DELETE, none, ADA + SESSION + MESSAGES,
                "DELETE FROM auth.users"),
            new Case("message edited", "public.chat_messages", Operation.UPDATE, List.of("content"), ADA + SESSION + MESSAGES,
                "UPDATE public.chat_messages SET content = 'edited' WHERE id = 'msg-1'"),
            new Case("profile updated", "public.profiles", Operation.UPDATE, List.of("full_name"), ADA,
                "UPDATE public.profiles SET full_name = 'A. L.'"));
        check("chat-app", cases, 15);
    }

    @Test
    void otherExamples() throws Exception {
        List<String> none = List.of();
        String specUser = "INSERT INTO users (id, email, username) VALUES ('00000000-0000-4000-8000-000000000001', 'a@b.c', 'a');"
            + "INSERT INTO codebases (owner_id, repository_url) VALUES ('00000000-0000-4000-8000-000000000001', 'https://x/y');";
        check("spec-analyzer", List.of(
            new Case("update users", "public.users", Operation.UPDATE, List.of("email"), specUser, "UPDATE users SET email = 'z@b.c'"),
            new Case("update codebases", "public.codebases", Operation.UPDATE, List.of("default_branch"), specUser, "UPDATE codebases SET default_branch = 'dev'"),
            new Case("delete users (cascade)", "public.users", Operation.DELETE, none, specUser, "DELETE FROM users")), 2);
        String refUsers = "INSERT INTO \"user\" (id, email) VALUES ('u1', 'u1@x'), ('u2', 'u2@x');";
        check("referrals", List.of(
            new Case("insert completed referral (WHEN true)", "public.referral", Operation.INSERT, none, refUsers,
                "INSERT INTO referral (referrer_id, referred_id, status, credits) VALUES ('u1', 'u2', 'completed', 1)"),
            new Case("insert pending referral (WHEN false)", "public.referral", Operation.INSERT, none, refUsers,
                "INSERT INTO referral (referrer_id, referred_id, credits) VALUES ('u1', 'u2', 1)"),
            new Case("update user", "public.user", Operation.UPDATE, List.of("name"), refUsers, "UPDATE \"user\" SET name = 'n'"),
            new Case("insert user (defaults)", "public.user", Operation.INSERT, List.of("id", "email"), null,
                "INSERT INTO \"user\" (id, email) VALUES ('u3', 'u3@x')")), 2);
        String cdUser = "INSERT INTO users (email) VALUES ('a@b.c');";
        check("course-designer", List.of(
            Case.of("insert users (extension default)", "public.users", Operation.INSERT, List.of("email"), cdUser),
            new Case("update users", "public.users", Operation.UPDATE, List.of("display_name"), cdUser, "UPDATE users SET display_name = 'A'")), 2);
        System.out.println("trace vs PostgreSQL " + PG + ", examples: " + TraceVerifier.Totals.of(ALL));
    }

    private static void check(String example, List<Case> cases, int minimumRuns) throws Exception {
        String url = TestDatabases.databaseWith(PG, exampleSql(example));
        Schema schema = TestDatabases.read(url, new ReadOptions(List.of(), List.of(), true, PG, null));
        System.out.println(example + ":");
        List<Outcome> outcomes = TraceAgainstDatabaseTest.verify(url, schema, cases);
        ALL.addAll(outcomes);
        System.out.println("trace vs PostgreSQL " + PG + ", " + example + ": " + TraceVerifier.Totals.of(outcomes));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.missed()).as(o.toString()).isEmpty());
        assertThat(TraceVerifier.Totals.of(outcomes).actual()).as("routines that really ran").isGreaterThanOrEqualTo(minimumRuns);
    }

    /** The example's top-level .sql files in migration order (numbers compared by value), as one script. */
    static String exampleSql(String example) throws IOException {
        Path dir = TestDatabases.examplePath(example);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".sql")).toList());
        }
        files.sort(Comparator.comparingLong((Path p) -> leadingNumber(p.getFileName().toString())).thenComparing(p -> p.getFileName().toString()));
        StringBuilder b = new StringBuilder();
        for (Path p : files) {
            b.append(Files.readString(p)).append("\n;\n");
        }
        return b.toString();
    }

    private static long leadingNumber(String name) {
        int i = 0;
        while (i < name.length() && !Character.isDigit(name.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < name.length() && Character.isDigit(name.charAt(j))) {
            j++;
        }
        return i == j ? Long.MAX_VALUE : Long.parseLong(name.substring(i, Math.min(j, i + 18)));
    }
}
