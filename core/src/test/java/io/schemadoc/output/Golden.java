package io.schemadoc.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Golden files for rendered output: {@code src/test/resources/golden/<name>/…}. On a mismatch the actual
 * output goes to {@code target/golden-actual/<name>/…}; {@code -Dgolden.update=true} rewrites the goldens.
 */
public final class Golden {
    private Golden() {}

    public static void check(String name, OutputTree tree) throws IOException {
        Path golden = Path.of("src/test/resources/golden", name);
        Path actual = Path.of("target/golden-actual", name);
        boolean update = Boolean.getBoolean("golden.update");
        if (update) {
            delete(golden);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : tree.files().entrySet()) {
            Path g = golden.resolve(f.getKey());
            if (update) {
                Files.createDirectories(g.getParent());
                Files.write(g, f.getValue());
                continue;
            }
            if (!Files.exists(g) || !Arrays.equals(Files.readAllBytes(g), f.getValue())) {
                problems.add(f.getKey() + (Files.exists(g) ? " differs" : " has no golden file"));
                Path a = actual.resolve(f.getKey());
                Files.createDirectories(a.getParent());
                Files.write(a, f.getValue());
            }
        }
        if (Files.isDirectory(golden)) {
            try (Stream<Path> s = Files.walk(golden)) {
                s.filter(Files::isRegularFile).map(p -> golden.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !tree.contains(p)).forEach(p -> problems.add(p + " is a golden file no longer written"));
            }
        }
        assertThat(problems).as("golden files under %s (actual output in %s; -Dgolden.update=true rewrites)", golden, actual).isEmpty();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
