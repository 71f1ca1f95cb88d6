package io.schemadoc.analysis.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/lint-rules.md is what the rules generate; {@code -Dgolden.update=true} rewrites it on purpose. */
class LintRulesDocTest {
    static final Path DOC = Path.of("../docs", "lint-rules.md");

    @Test
    void committedDocMatchesTheRules() throws IOException {
        String expected = LintRulesDoc.markdown();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "golden-actual", "docs", "lint-rules.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, expected, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("docs/lint-rules.md (regenerate with -Dgolden.update=true; new text in target/golden-actual)").isEqualTo(expected);
        for (Rule r : Rules.all()) {
            assertThat(actual).contains("## " + r.id() + "\n").contains(Rules.paragraph(r.reason()));
        }
    }
}
