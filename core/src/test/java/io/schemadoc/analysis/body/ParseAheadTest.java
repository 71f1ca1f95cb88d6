package io.schemadoc.analysis.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import io.schemadoc.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseAheadTest {

    private static List<RoutineAnalysis> analyse(Schema schema) {
        SchemaIndex index = new SchemaIndex(schema);
        return schema.routines().stream().map(r -> BodyAnalyzer.analyze(r, index)).toList();
    }

    @Test
    void theAnalysisTakesEveryParseMadeAheadAndComesToTheSameResult() throws InterruptedException {
        Schema schema = TestDatabases.example("chat-app", 18);
        List<RoutineAnalysis> alone = analyse(schema);
        try (ParseAhead ahead = new ParseAhead()) {
            ahead.start(schema.routines());
            ahead.awaitDone();
            int made = ahead.waiting();
            assertThat(made).as("statements of chat-app's 19 routines parsed ahead").isGreaterThan(20);
            assertThat(analyse(schema)).isEqualTo(alone);
            // Every parse made ahead was asked for: the texts parsed ahead are exactly the ones the analysis parses.
            assertThat(ahead.waiting()).isZero();
        }
    }

    @Test
    void parsesNothingOnceStoppedAndIsForgottenWhenClosed() throws InterruptedException {
        Schema schema = TestDatabases.example("chat-app", 18);
        List<Routine> routines = schema.routines();
        ParseAhead stopped = new ParseAhead();
        stopped.stop();
        stopped.start(routines);
        stopped.awaitDone();
        assertThat(stopped.waiting()).isZero();
        stopped.close();

        ParseAhead ahead = new ParseAhead();
        ahead.start(routines);
        ahead.awaitDone();
        String text = BodyAnalyzer.parserTexts(routines.stream().filter(r -> !BodyAnalyzer.parserTexts(r).isEmpty()).findFirst().orElseThrow()).get(0);
        ahead.close();
        assertThat(ahead.waiting()).isZero();
        assertThat(ParseAhead.take(text)).as("no parse is served after close").isNull();
    }
}
