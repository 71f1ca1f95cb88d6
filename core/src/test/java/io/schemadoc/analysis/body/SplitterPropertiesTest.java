package io.schemadoc.analysis.body;

import static io.schemadoc.analysis.Fixtures.function;
import static io.schemadoc.analysis.Fixtures.schema;
import static io.schemadoc.analysis.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.Routine;
import io.schemadoc.model.SchemaIndex;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Properties of the lexer and splitter: they never throw, and nothing inside a constant or comment is a statement. */
class SplitterPropertiesTest {

    private static final Routine VICTIM_FN = function("public.victim_fn", "plpgsql", "BEGIN END");
    private static final SchemaIndex INDEX = new SchemaIndex(schema(List.of(table("public.victim", "a"), table("public.safe", "a")), List.of(VICTIM_FN)));
    private static final String POISON = "INSERT INTO public.victim VALUES (1); UPDATE public.victim SET a = 1; DELETE FROM victim; "
        + "SELECT public.victim_fn(); PERFORM victim_fn(); END; BEGIN TRUNCATE victim; END IF; $$ ; ' \" ";

    @Provide
    Arbitrary<String> sqlish() {
        return Arbitraries.strings().withChars("abcdefINSERTUPDATEDELETEFROMVALUESBEGINEND ;:=()[],.'\"$\\-/*\n\tEeU&_0123456789<>|")
            .ofMaxLength(400);
    }

    @Property(tries = 400)
    void neverThrowsOnAnyText(@ForAll("sqlish") String body) {
        for (String language : List.of("plpgsql", "sql")) {
            RoutineAnalysis a = BodyAnalyzer.analyze(function("public.f", language, body), INDEX);
            // The last-resort catch must not be what keeps it from throwing: no internal failure at all.
            assertThat(a.unparsed()).as(body).noneMatch(u -> u.reason().startsWith("analysis failed"));
        }
        assertThat(Lexer.tokenize(body)).isNotNull();
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryUnicode(@ForAll @StringLength(max = 300) String body) {
        assertThat(BodyAnalyzer.analyze(function("public.f", "plpgsql", body), INDEX).unparsed())
            .noneMatch(u -> u.reason().startsWith("analysis failed"));
    }

    @Provide
    Arbitrary<String> filler() {
        return Arbitraries.strings().withChars("abc xyz;'\"$\\*/-\n()").ofMaxLength(40);
    }

    @Property(tries = 300)
    void statementsInsideConstantsAndCommentsAreNeverReported(@ForAll("filler") String a, @ForAll("filler") String b,
                                                               @ForAll("wrapping") int wrapping) {
        String text = a + POISON + b;
        String hidden = switch (wrapping) {
            case 0 -> "'" + text.replace("'", "''") + "'";
            case 1 -> "E'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
            case 2 -> "$body$" + text.replace("$", "") + "$body$";
            case 3 -> "$$" + text.replace("$", "") + "$$";
            case 4 -> "-- " + text.replace("\n", " ").replace("\r", " ") + "\n";
            case 5 -> "/* " + text.replace("*", "") + " /* nested */ " + " */";
            default -> "\"" + text.replace("\"", "\"\"") + "\"";
        };
        String body = "DECLARE v text := " + (wrapping == 4 || wrapping == 5 ? "'x'" : wrapping == 6 ? "'x'" : hidden) + ";\nBEGIN\n"
            + (wrapping == 4 || wrapping == 5 ? hidden : "") + "\n"
            + "  INSERT INTO public.safe (a) VALUES (" + (wrapping == 6 ? "1" : hidden) + ");\n"
            + "  RAISE NOTICE " + (wrapping == 4 || wrapping == 5 || wrapping == 6 ? "'x'" : hidden) + ";\n"
            + (wrapping == 6 ? "  SELECT 1 AS " + hidden + " INTO v;\n" : "")
            + "END";
        RoutineAnalysis analysis = BodyAnalyzer.analyze(function("public.f", "plpgsql", body), INDEX);
        assertThat(analysis.writes()).extracting(w -> w.table().name()).as(body).containsOnly("safe");
        assertThat(analysis.calls()).as(body).isEmpty();
        assertThat(analysis.reads()).extracting(TableRef::name).as(body).doesNotContain("victim");
    }

    @Provide
    Arbitrary<Integer> wrapping() {
        return Arbitraries.integers().between(0, 6);
    }

    @Property(tries = 50)
    void deepNestingAndLongBodiesStayLinear(@ForAll("depth") int depth) {
        String body = "BEGIN\n" + "IF true THEN\n".repeat(depth) + "PERFORM " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";\n"
            + "END IF;\n".repeat(depth) + "/*".repeat(depth) + "x" + "*/".repeat(depth) + "\nEND";
        RoutineAnalysis a = BodyAnalyzer.analyze(function("public.f", "plpgsql", body), INDEX);
        assertThat(a.writes()).isEmpty();
    }

    @Provide
    Arbitrary<Integer> depth() {
        return Arbitraries.integers().between(1, 300);
    }
}
