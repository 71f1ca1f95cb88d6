package io.schemadoc.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.analysis.body.BodyAnalyzer;
import io.schemadoc.analysis.body.Effect;
import io.schemadoc.analysis.body.RoutineAnalysis;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import io.schemadoc.model.Table;
import io.schemadoc.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The PL/pgSQL and SQL body analysis on the real bodies of the examples, mutated at random (cut, duplicated, spliced
 * with quote, dollar, comment and block keywords, truncated): it never throws, never hangs (each body is analysed on
 * a watchdog thread with a time bound), and a write hidden in a comment at any point of a real body is never reported.
 * The analysis helper's own SplitterPropertiesTest covers random and generated text; this adds real bodies.
 */
class BodyFuzzTest {
    private static final List<String> EXAMPLES = List.of("chat-app", "spec-analyzer", "course-designer", "referrals", "quietus");
    private static final ExecutorService WATCHDOG = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "body-analysis-under-watch");
        t.setDaemon(true);
        return t;
    });
    private static volatile List<Subject> subjects;

    record Subject(Routine routine, SchemaIndex index, String victim) {}

    static List<Subject> subjects() {
        if (subjects == null) {
            List<Subject> all = new ArrayList<>();
            for (String name : EXAMPLES) {
                Schema schema = TestDatabases.example(name, 18);
                SchemaIndex index = new SchemaIndex(schema);
                Table victim = schema.tables().get(0);
                for (Routine r : schema.routines()) {
                    if (r.body() != null && !r.body().isBlank()) {
                        all.add(new Subject(r, index, victim.schema() + "." + victim.name()));
                    }
                }
            }
            assertThat(all).as("routine bodies in the examples").hasSizeGreaterThan(20);
            subjects = all;
        }
        return subjects;
    }

    @AfterContainer
    static void stopWatchdog() {
        WATCHDOG.shutdownNow();
    }

    static Routine withBody(Routine r, String body) {
        return new Routine(r.schema(), r.name(), r.kind(), r.argumentTypes(), r.argumentsText(), r.arguments(), r.returns(), r.returnsSet(),
            r.language(), r.volatility(), r.strict(), r.securityDefiner(), r.leakproof(), r.settings(), body, r.atomicBody(), r.owner(),
            r.comment(), r.extension(), r.source());
    }

    /** The analysis, bounded in time: a hang fails the property with the body that caused it. */
    static RoutineAnalysis analyzeWatched(Routine routine, SchemaIndex index) throws Exception {
        Future<RoutineAnalysis> f = WATCHDOG.submit(() -> BodyAnalyzer.analyze(routine, index));
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("body analysis did not finish in 10 s on:\n" + routine.body());
        }
    }

    private static final List<String> SPLICES = List.of("'", "''", "\"", "$$", "$x$", "$1", "--", "/*", "*/", ";", "\n", "BEGIN", "END",
        "END IF", "LOOP", "END LOOP", "CASE", "EXCEPTION WHEN others THEN", "DECLARE", "EXECUTE ", "INSERT INTO", "UPDATE ", "SET",
        "DELETE FROM", "WITH x AS (", ")", "(", "RETURNING *", "E'\\'", "U&'\\0041'", "\\", "😀", "\u2028", "BEGIN ATOMIC");

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    static String mutate(String body, Random random) {
        StringBuilder b = new StringBuilder(body);
        int rounds = 1 + random.nextInt(6);
        for (int i = 0; i < rounds && b.length() > 0; i++) {
            int at = random.nextInt(b.length() + 1);
            int len = Math.min(b.length() - Math.min(at, b.length()), random.nextInt(40));
            switch (random.nextInt(5)) {
                case 0 -> b.delete(at, at + len);
                case 1 -> b.insert(at, b.substring(at, at + len));
                case 2 -> b.insert(at, " " + SPLICES.get(random.nextInt(SPLICES.size())) + " ");
                case 3 -> b.setLength(at);
                default -> {
                    int other = random.nextInt(b.length() + 1);
                    String piece = b.substring(Math.min(at, other), Math.max(at, other));
                    b.insert(random.nextInt(b.length() + 1), piece.substring(0, Math.min(piece.length(), 200)));
                }
            }
        }
        return b.toString();
    }

    @Property(tries = 300)
    void mutatedRealBodiesNeverThrowNorHang(@ForAll("seeds") long seed) throws Exception {
        Random random = new Random(seed);
        List<Subject> all = subjects();
        Subject s = all.get(random.nextInt(all.size()));
        Routine mutated = withBody(s.routine(), mutate(s.routine().body(), random));
        RoutineAnalysis a = analyzeWatched(mutated, s.index());
        assertThat(a).isNotNull();
        assertThat(a.unparsed()).as("internal failure on:\n%s", mutated.body()).noneMatch(u -> u.reason().startsWith("analysis failed"));
    }

    /** Found by the property above: JSqlParser parses a bare DELETE FROM (a cut body) and then trips on its own statement. */
    @net.jqwik.api.Example
    void aCutDeleteIsUnparsedNotAnInternalFailure() throws Exception {
        Subject s = subjects().stream().filter(x -> x.routine().language().equals("plpgsql")).findFirst().orElseThrow();
        for (String body : List.of("BEGIN\n  DELETE FROM;\nEND;", "BEGIN DELETE FROM", "BEGIN UPDATE SET; END", "BEGIN INSERT INTO; END")) {
            RoutineAnalysis a = analyzeWatched(withBody(s.routine(), body), s.index());
            assertThat(a.unparsed()).as(body).noneMatch(u -> u.reason().startsWith("analysis failed"));
        }
    }

    /** Found by the property above (seed -214639854504786156): a cut EXECUTE that JSqlParser reads as another dialect's EXEC. */
    @net.jqwik.api.Example
    void aCutExecuteIsUnparsedNotAnInternalFailure() throws Exception {
        Subject s = subjects().stream().filter(x -> x.routine().language().equals("plpgsql")).findFirst().orElseThrow();
        for (String body : List.of("BEGIN\n    EXEC   UTE   RE", "BEGIN\n  EXEC UTE RE;\nEND;", "BEGIN EXEC f; END", "BEGIN EXEC NEW.x := now(); END")) {
            RoutineAnalysis a = analyzeWatched(withBody(s.routine(), body), s.index());
            assertThat(a.unparsed()).as(body).noneMatch(u -> u.reason().startsWith("analysis failed"));
        }
    }

    static Set<String> writes(RoutineAnalysis a) {
        Set<String> out = new TreeSet<>();
        for (Effect.Write w : a.writes()) {
            out.add(w.operation() + " " + w.table().schema() + "." + w.table().name());
        }
        return out;
    }

    @Property(tries = 300)
    void aWriteHiddenInACommentAnywhereIsNeverReported(@ForAll("seeds") long seed) throws Exception {
        Random random = new Random(seed);
        List<Subject> all = subjects();
        Subject s = all.get(random.nextInt(all.size()));
        String body = s.routine().body();
        String poison = "INSERT INTO " + s.victim() + " DEFAULT VALUES; DELETE FROM " + s.victim() + "; TRUNCATE " + s.victim() + ";";
        // A block comment (PostgreSQL nests them) is a comment in code and plain text inside a string, a quoted name or
        // another comment, wherever it lands between two words. A line comment goes just before a line break, so it
        // never pushes the rest of an existing comment onto a line of code.
        boolean block = random.nextBoolean();
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n' || block && body.charAt(i) == ' ') {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return;
        }
        String hidden = block ? " /* " + poison + " */ " : " -- " + poison;
        int at = places.get(random.nextInt(places.size()));
        String spliced = body.substring(0, at) + hidden + body.substring(at);
        Set<String> before = writes(analyzeWatched(s.routine(), s.index()));
        Set<String> after = writes(analyzeWatched(withBody(s.routine(), spliced), s.index()));
        assertThat(after).as("writes of %s with a comment at %d:\n%s", s.routine().name(), at, spliced).isEqualTo(before);
    }
}
