package io.schemadoc.analysis.body;

import static io.schemadoc.analysis.Fixtures.function;
import static io.schemadoc.analysis.Fixtures.routine;
import static io.schemadoc.analysis.Fixtures.schema;
import static io.schemadoc.analysis.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyAnalyzerTest {

    private static final List<io.schemadoc.model.Table> TABLES = List.of(
        table("public.profiles", "id", "email", "full_name", "updated_at"),
        table("public.user_activity_log", "id", "user_id", "action"),
        table("public.chat_sessions", "id", "message_count", "updated_at"),
        table("public.chat_messages", "id", "session_id"),
        table("audit.events", "id", "what"),
        table("auth.users", "id", "email"));

    private static final Routine LOG = function("public.log_user_activity", "plpgsql",
        "BEGIN INSERT INTO public.user_activity_log(user_id, action) VALUES (a1, a2); END;", "uuid", "text");

    private static RoutineAnalysis analyze(Routine r, Routine... others) {
        List<Routine> all = new ArrayList<>(List.of(others));
        all.add(r);
        all.add(LOG);
        Schema s = schema(TABLES, all);
        return BodyAnalyzer.analyze(r, new SchemaIndex(s));
    }

    private static List<String> writes(RoutineAnalysis a) {
        return a.writes().stream().map(w -> w.operation() + " " + w.table() + w.columns() + (w.via() == null ? "" : " via " + w.via())).toList();
    }

    private static List<String> calls(RoutineAnalysis a) {
        return a.calls().stream().map(c -> c.routine().qualifiedName()).toList();
    }

    @Test
    void profileSyncWritesAndCalls() {
        Routine sync = routine("public.handle_user_profile_sync", "plpgsql", "trigger", """
            DECLARE
              profile_exists boolean := false;
              old_email text;
            BEGIN
              -- INSERT INTO public.chat_messages in a comment is not a statement
              /* nor /* nested */ UPDATE public.chat_sessions SET x = 1; */
              SELECT EXISTS(SELECT 1 FROM public.profiles WHERE id = NEW.id), email
                INTO STRICT profile_exists, old_email FROM public.profiles WHERE id = NEW.id;
              IF NOT profile_exists THEN
                INSERT INTO public.profiles (id, email) VALUES (NEW.id, NEW.email);
                PERFORM public.log_user_activity(NEW.id, 'profile_created; DELETE FROM public.chat_messages');
              ELSIF old_email IS DISTINCT FROM NEW.email THEN
                UPDATE public.profiles SET email = NEW.email, updated_at = now() WHERE id = NEW.id;
                PERFORM log_user_activity(NEW.id, $q$ DELETE FROM public.chat_sessions; $q$);
              END IF;
              RETURN NEW;
            EXCEPTION WHEN unique_violation THEN
              RAISE NOTICE 'dup %', NEW.id;
              RETURN NEW;
            END;
            """, List.of());
        RoutineAnalysis a = analyze(sync);
        assertThat(writes(a)).containsExactly("INSERT public.profiles[id, email]", "UPDATE public.profiles[email, updated_at]");
        assertThat(calls(a)).containsExactly("public.log_user_activity", "public.log_user_activity");
        assertThat(a.reads()).extracting(TableRef::toString).containsExactly("public.profiles");
        assertThat(a.unparsed()).isEmpty();
        assertThat(a.dynamic()).isEmpty();
    }

    @Test
    void upsertMergeTruncateAndCteDml() {
        Routine r = function("public.bulk", "plpgsql", """
            DECLARE r record;
            BEGIN
              FOR r IN SELECT * FROM public.chat_messages m JOIN auth.users u ON u.id = m.id LOOP
                INSERT INTO chat_sessions AS s (id, message_count) VALUES (r.id, 1)
                  ON CONFLICT (id) DO UPDATE SET message_count = s.message_count + 1, updated_at = now();
              END LOOP;
              WITH moved AS (DELETE FROM public.chat_messages WHERE id = 1 RETURNING *)
                INSERT INTO audit.events (id, what) SELECT id, 'moved' FROM moved;
              MERGE INTO public.profiles p USING auth.users u ON p.id = u.id
                WHEN MATCHED THEN UPDATE SET email = u.email
                WHEN NOT MATCHED THEN INSERT (id, email) VALUES (u.id, u.email);
              TRUNCATE TABLE ONLY public.user_activity_log, audit.events;
              UPDATE ONLY public.profiles SET full_name = 'x';
            END
            """);
        RoutineAnalysis a = analyze(r);
        assertThat(writes(a)).containsExactly(
            "INSERT public.chat_sessions[id, message_count]",
            "UPDATE public.chat_sessions[message_count, updated_at] via ON CONFLICT DO UPDATE",
            "INSERT audit.events[id, what]",
            "DELETE public.chat_messages[]",
            "UPDATE public.profiles[email] via MERGE",
            "INSERT public.profiles[id, email] via MERGE",
            "TRUNCATE public.user_activity_log[]",
            "TRUNCATE audit.events[]",
            "UPDATE public.profiles[full_name]");
        assertThat(a.reads()).extracting(TableRef::toString).contains("auth.users", "public.chat_messages");
        assertThat(a.reads()).extracting(TableRef::toString).doesNotContain("public.moved", "public.r");
    }

    @Test
    void dynamicSqlIsFlaggedNotGuessed() {
        Routine r = function("public.dyn", "plpgsql", """
            BEGIN
              EXECUTE format('DELETE FROM %I WHERE id = $1', tbl) USING log_user_activity(a1, 'x');
              RETURN QUERY EXECUTE 'SELECT * FROM public.profiles';
            END
            """, "uuid");
        RoutineAnalysis a = analyze(r);
        assertThat(a.writes()).isEmpty();
        assertThat(a.dynamic()).extracting(Effect.Dynamic::text)
            .containsExactly("format('DELETE FROM %I WHERE id = $1', tbl)", "'SELECT * FROM public.profiles'");
        assertThat(calls(a)).containsExactly("public.log_user_activity");
    }

    @Test
    void searchPathOfTheRoutineDecidesUnqualifiedNames() {
        Routine r = routine("public.write_audit", "plpgsql", "void",
            "BEGIN INSERT INTO events(id) VALUES (1); UPDATE profiles SET email = 'x'; END", List.of("search_path=audit, public"));
        RoutineAnalysis a = analyze(r);
        assertThat(writes(a)).containsExactly("INSERT audit.events[id]", "UPDATE public.profiles[email]");
    }

    @Test
    void sqlAndAtomicBodies() {
        Routine sql = function("public.s", "sql", "DELETE FROM profiles WHERE id = $1; SELECT log_user_activity($1, 'gone');", "uuid");
        assertThat(writes(analyze(sql))).containsExactly("DELETE public.profiles[]");
        assertThat(calls(analyze(sql))).containsExactly("public.log_user_activity");
        Routine atomic = new Routine("public", "a", Routine.Kind.PROCEDURE, "", "", List.of(), null, false, "sql",
            Routine.Volatility.VOLATILE, false, false, false, List.of(),
            "BEGIN ATOMIC\n INSERT INTO public.chat_sessions (id) VALUES (1);\n UPDATE public.chat_sessions SET message_count = (CASE WHEN true THEN 1 ELSE 2 END);\nEND",
            true, "owner", null, null, null);
        assertThat(writes(analyze(atomic))).containsExactly("INSERT public.chat_sessions[id]", "UPDATE public.chat_sessions[message_count]");
    }

    @Test
    void callsInAssignmentsConditionsDefaultsAndCall() {
        Routine helper = function("public.helper", "sql", "SELECT 1", "integer");
        Routine r = function("public.caller", "plpgsql", """
            DECLARE
              n integer := helper(1);
              c CURSOR FOR SELECT * FROM auth.users;
            BEGIN
              n := (SELECT count(*) FROM public.profiles WHERE helper(2) > 0);
              IF helper(3) > 0 THEN NULL; END IF;
              CASE helper(4) WHEN 1 THEN n := 2; ELSE NULL; END CASE;
              CALL public.helper(5);
              OPEN c;
              WHILE helper(6) < 0 LOOP EXIT WHEN helper(7) = 0; END LOOP;
              FOR i IN 1 .. helper(8) LOOP NULL; END LOOP;
            END
            """);
        RoutineAnalysis a = analyze(r, helper);
        assertThat(calls(a)).hasSize(8).containsOnly("public.helper");
        assertThat(a.reads()).extracting(TableRef::toString).containsExactly("auth.users", "public.profiles");
        assertThat(a.unparsed()).isEmpty();
    }

    @Test
    void expressionsWithoutAParenthesisSkipTheParserAndTheRestStillReachIt() {
        Routine helper = function("public.helper", "sql", "SELECT 1", "integer");
        Routine r = function("public.odd_conditions", "plpgsql", """
            DECLARE
              n integer := 0;
            BEGIN
              IF n @@@ ??? 1 THEN NULL; END IF;
              n := n + 1;
              RETURN NEW.id;
              IF helper(1) @@@ ??? 2 THEN NULL; END IF;
            END
            """);
        RoutineAnalysis a = analyze(r, helper);
        // Neither a subquery nor a call can hide in the first three, so the parser, which would not understand the
        // first, is not asked; the fourth is, fails, and is scanned for names.
        assertThat(a.unparsed()).extracting(Unparsed::line).containsExactly(7);
        assertThat(calls(a)).containsExactly("public.helper");
    }

    @Test
    void unparsableStatementIsRecordedWithItsLineAndScanned() {
        Routine r = function("public.odd", "plpgsql", """
            BEGIN
              NULL;
              UPDATE public.profiles SET email = 'x' WHERE id = ANY(SELECT 1) @@@ ??? ;
            END
            """);
        RoutineAnalysis a = analyze(r);
        assertThat(a.unparsed()).singleElement().satisfies(u -> assertThat(u.line()).isEqualTo(3));
        assertThat(writes(a)).containsExactly("UPDATE public.profiles[email]");
    }

    @Test
    void otherLanguagesAreNoted() {
        Routine c = function("public.c_fn", "c", "c_fn");
        assertThat(analyze(c).note()).contains("c");
    }

    @Test
    void moreStatementShapes() {
        Routine srf = function("public.srf", "sql", "SELECT 1", "integer");
        Routine named = function("public.named", "plpgsql", "BEGIN END", "integer");
        Routine r = function("public.shapes", "plpgsql", """
            <<outer>>
            DECLARE
              v record;
              c refcursor;
              n integer;
            BEGIN
              SELECT INTO STRICT v * FROM public.profiles WHERE id = 1;
              UPDATE public.chat_sessions SET (message_count, updated_at) = (1, now()) WHERE id = 1;
              RETURN QUERY SELECT * FROM public.srf(1) s JOIN "auth"."users" u ON true;
              FOR v IN EXECUTE 'SELECT 1' LOOP NULL; END LOOP;
              OPEN c FOR EXECUTE 'SELECT 2';
              <<inner>>
              DECLARE m integer := 0;
              BEGIN
                NEW.updated_at = now();
                IF EXISTS (SELECT 1 FROM public.chat_messages) THEN
                  PERFORM pg_notify('x', 'y');
                  PERFORM public.named(a1 => 1);
                END IF;
              EXCEPTION
                WHEN unique_violation OR SQLSTATE '23505' THEN
                  GET STACKED DIAGNOSTICS n = RETURNED_SQLSTATE;
                  CASE n WHEN 1 THEN DELETE FROM public.chat_messages m USING audit.events e WHERE m.id = e.id; ELSE NULL; END CASE;
              END inner;
            END outer;
            """);
        RoutineAnalysis a = analyze(r, srf, named);
        assertThat(writes(a)).containsExactly("UPDATE public.chat_sessions[message_count, updated_at]", "DELETE public.chat_messages[]");
        assertThat(calls(a)).containsExactly("public.srf", "public.named");
        assertThat(a.reads()).extracting(TableRef::toString)
            .containsExactly("audit.events", "auth.users", "public.chat_messages", "public.profiles");
        assertThat(a.dynamic()).hasSize(2);
        assertThat(a.setsNew()).containsExactly("updated_at");
        assertThat(a.unparsed()).isEmpty();
    }
}
