package io.schemadoc.analysis.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;
import org.junit.jupiter.api.Test;

/** JSqlParser on the caller's thread, with the time limit set by the watchdog (see {@link SqlParser}). */
class SqlParserTest {

    @Test
    void parsesOnTheCallersThread() {
        assertThat(SqlParser.parse("UPDATE public.t SET a = 1 WHERE id = 2")).isInstanceOf(Update.class);
        assertThat(SqlParser.parse("SELECT a FROM t WHERE b = ANY (ARRAY[1, 2]) FOR UPDATE")).isInstanceOf(Select.class);
    }

    @Test
    void returnsNullForWhatDoesNotParse() {
        assertThat(SqlParser.parse("UPDATE SET WHERE")).isNull();
        assertThat(SqlParser.parse("")).isNull();
    }

    @Test
    void theTimeLimitStopsALongParse() {
        // Parses in about a second on a 2-core machine: long enough for a 1 ms limit to stop it, whichever way the
        // watchdog's 50 ms ticks fall.
        String slow = "UPDATE t SET a = " + "a + ".repeat(200_000) + "1";
        // (no assertThat(statement): printing a 200,000-term expression overflows the stack)
        assertThat(SqlParser.parse(slow, 1) == null).as("stopped by the limit").isTrue();
        assertThat(SqlParser.parse(slow, 120_000) instanceof Update).as("the same statement parses when given time").isTrue();
    }

    @Test
    void threadsParsingAtOnceGetWhatOneThreadGets() throws Exception {
        List<String> statements = List.of(
            "INSERT INTO audit.log (id, what) SELECT id, 'x' FROM public.users WHERE id = 3",
            "DELETE FROM public.sessions s USING public.users u WHERE s.user_id = u.id AND u.deleted",
            "UPDATE public.accounts SET balance = balance - 10 WHERE id = 1 RETURNING balance",
            "SELECT count(*) FROM public.messages m JOIN public.rooms r ON r.id = m.room_id",
            "not sql at all");
        List<String> alone = statements.stream().map(SqlParser::parse).map(s -> Objects.toString(s)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    List<String> out = new java.util.ArrayList<>();
                    for (int k = 0; k < 50; k++) {
                        out = statements.stream().map(SqlParser::parse).map(s -> Objects.toString(s)).toList();
                    }
                    return out;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).containsExactlyElementsOf(alone);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(alone.get(4)).isEqualTo("null");
        assertThat(alone.subList(0, 4)).doesNotContain("null");
    }

    @Test
    void nothingIsLeftRunningAfterAParse() {
        Statement s = SqlParser.parse("SELECT 1");
        assertThat(s).isNotNull();
        assertThat(SqlParser.running()).isZero();
    }
}
