package io.schemadoc.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.source.SqlScript;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The migration splitter ({@link SqlScript}) under random input: it never throws; a semicolon or a whole statement
 * inside a string, quoted identifier, comment, dollar quote or BEGIN ATOMIC body is never split out; and splitting is
 * stable under concatenation (A then B splits into A's statements then B's).
 */
class SqlScriptFuzzTest {

    /** What hostile text is made of: every character the splitter treats specially, plus a statement to smuggle. */
    @Provide
    Arbitrary<String> payload() {
        Arbitrary<String> bits = Arbitraries.of(";", "'", "''", "\"", "$", "$$", "$a$", "--", "/*", "*/", "\\", "\n", " ", "e'",
            "begin", "end", "atomic", "case", "drop table users;", "create table x (a int);", "é", "😀", "\u2028", "\r\n", "\t");
        return bits.list().ofMaxSize(20).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void neverThrows(@ForAll("payload") String a, @ForAll String b) {
        for (String text : List.of(a, b, a + b, b + a)) {
            SqlScript script = SqlScript.parse(text);
            for (SqlScript.Statement s : script.statements()) {
                assertThat(text).contains(s.text());
                assertThat(s.line()).isPositive();
            }
            for (SqlScript.Statement s : script.statements()) {
                SqlScript.created(s.text());
            }
        }
    }

    /** One complete statement that hides the payload in one of the places where a semicolon does not end it. */
    @Provide
    Arbitrary<String> hiding() {
        return Combinators.combine(payload(), Arbitraries.integers().between(0, 8)).as((p, kind) -> switch (kind) {
            case 0 -> "select '" + p.replace("'", "''") + "';";
            case 1 -> "select E'" + p.replace("\\", "\\\\").replace("'", "\\'") + "';";
            case 2 -> "select 1 as \"" + p.replace("\"", "\"\"") + "\";";
            case 3 -> "select $$" + p.replace("$", "") + "$$;";
            case 4 -> "select $fuzz$" + p.replace("$fuzz$", "") + "$fuzz$ as t;";
            case 5 -> "select 1 -- " + p.replace("\n", " ").replace("\r", " ").replace("\u2028", " ") + "\n;";
            case 6 -> "select 1 /* " + p.replace("/*", "").replace("*/", "").replace("*", "").replace("/", "") + " */;";
            case 7 -> "select 1 /* outer /* " + p.replace("*", "").replace("/", "") + " */ still a comment; */;";
            default -> "create function f() returns int language sql begin atomic select '" + p.replace("'", "''")
                + "'; select 2; end;";
        });
    }

    @Property(tries = 2000)
    void nothingInsideAConstantOrCommentIsSplitOut(@ForAll("hiding") String statement) {
        List<SqlScript.Statement> found = SqlScript.parse(statement).statements();
        assertThat(found).as("statements of %s", statement).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo(statement);
    }

    @Provide
    Arbitrary<List<String>> scripts() {
        Arbitrary<String> plain = Arbitraries.of("create table t (a int);", "insert into t values (1);", "\\n;",
            "comment on table t is 'a;b';", "do $$ begin perform 1; end $$;", "create index i on t (a);");
        return Arbitraries.oneOf(hiding(), plain).list().ofMinSize(1).ofMaxSize(6)
            .map(l -> l.stream().filter(s -> !s.equals("\\n;")).toList()).filter(l -> !l.isEmpty());
    }

    @Property(tries = 1000)
    void splittingIsStableUnderConcatenation(@ForAll("scripts") List<String> a, @ForAll("scripts") List<String> b) {
        String textA = String.join("\n", a);
        String textB = String.join("\n", b);
        List<String> alone = new ArrayList<>(texts(SqlScript.parse(textA)));
        alone.addAll(texts(SqlScript.parse(textB)));
        SqlScript together = SqlScript.parse(textA + "\n" + textB);
        assertThat(texts(together)).isEqualTo(alone);
        assertThat(texts(together)).hasSize(a.size() + b.size());
        int linesOfA = (int) textA.chars().filter(c -> c == '\n').count() + 1;
        List<SqlScript.Statement> ofB = SqlScript.parse(textB).statements();
        List<SqlScript.Statement> all = together.statements();
        for (int i = 0; i < ofB.size(); i++) {
            assertThat(all.get(a.size() + i).line()).as("line of B's statement %d", i).isEqualTo(ofB.get(i).line() + linesOfA);
        }
    }

    private static List<String> texts(SqlScript script) {
        return script.statements().stream().map(s -> s.text().strip()).toList();
    }
}
