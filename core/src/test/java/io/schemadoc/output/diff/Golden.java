package io.schemadoc.output.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/diff/}: on a mismatch the actual output goes to
 * {@code target/golden-actual/diff/} for review; {@code -Dgolden.update=true} rewrites the golden file on purpose.
 */
final class Golden {
    private Golden() {}

    static void assertMatches(String name, String actual) {
        Path golden = Path.of("src/test/resources/golden/diff", name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
            if (!actual.equals(expected)) {
                Path out = Path.of("target/golden-actual/diff", name);
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as("golden file %s (actual output in target/golden-actual/diff/%s; -Dgolden.update=true rewrites)", golden, name)
                .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
