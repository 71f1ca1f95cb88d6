package io.schemadoc.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    private static List<String> texts(String sql) {
        return SqlScript.parse(sql).statements().stream().map(s -> s.text().strip()).toList();
    }

    @Test
    void semicolonsInsideQuotesCommentsAndDollarQuotesDoNotSplit() {
        String sql = """
            create table "a;b" (x text default 'it''s; fine', y text default E'\\'; still');
            -- a comment; not a statement
            /* block; /* nested; */ still comment; */
            create function f() returns text language plpgsql as $body$ begin return 'x;y'; end $body$;
            create function g() returns int language sql as $$ select 1; $$;
            """;
        assertThat(texts(sql)).hasSize(3);
        assertThat(texts(sql).get(0)).startsWith("create table \"a;b\"");
        assertThat(texts(sql).get(1)).startsWith("create function f()").endsWith("$body$;");
    }

    @Test
    void beginAtomicBodiesStayWhole() {
        String sql = """
            create function f(x int) returns int language sql
            begin atomic
              select case when x > 0 then 1 else 0 end;
              select x + 1;
            end;
            create table t (a int);
            """;
        List<String> statements = texts(sql);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).endsWith("end;");
    }

    @Test
    void linesAreThoseOfTheFirstToken() {
        SqlScript script = SqlScript.parse("\n\n-- lead\ncreate table a (x int);\n\n  create table b (\n y int);\n");
        assertThat(script.statements()).extracting(SqlScript.Statement::line).containsExactly(4, 6);
    }

    @Test
    void metaCommandsAreFoundOutsideQuotesOnly() {
        SqlScript script = SqlScript.parse("select '\\i no';\n\\i other.sql\ncreate table t (a int);\n");
        assertThat(script.metaCommands()).containsExactly(new SqlScript.MetaCommand("\\i", 2));
        assertThat(SqlScript.parse("select $$ \\set x $$;").metaCommands()).isEmpty();
    }

    @Test
    void createdObjectsAreNamedFromTheStatementHead() {
        assertThat(SqlScript.created("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_a ON public.t (a)"))
            .isEqualTo(new SqlScript.Created("index", null, "idx_a", "t"));
        assertThat(SqlScript.created("create or replace function public.\"Odd\"\"Name\"() returns int"))
            .isEqualTo(new SqlScript.Created("function", "public", "Odd\"Name", null));
        assertThat(SqlScript.created("CREATE TRIGGER trg BEFORE UPDATE ON ONLY s.t FOR EACH ROW EXECUTE FUNCTION f()"))
            .isEqualTo(new SqlScript.Created("trigger", "trg", "t"));
        assertThat(SqlScript.created("ALTER TABLE ONLY public.t ADD CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES u(id)"))
            .isEqualTo(new SqlScript.Created("constraint", "public", "t_fk", "t"));
        assertThat(SqlScript.created("create materialized view mv as select 1")).isEqualTo(new SqlScript.Created("view", "mv", null));
        assertThat(SqlScript.created("select 1")).isNull();
    }

    @Test
    void naturalOrderComparesNumbersByValue() {
        List<String> names = new java.util.ArrayList<>(List.of("10_b.sql", "2_a.sql", "1_x.sql", "002_c.sql", "V1__a.sql", "V10__b.sql", "V2__c.sql"));
        names.sort(NaturalOrder::compare);
        assertThat(names).containsExactly("1_x.sql", "2_a.sql", "002_c.sql", "10_b.sql", "V1__a.sql", "V2__c.sql", "V10__b.sql");
    }
}
