package io.schemadoc.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.diff("a", "b", "x\ny\n", "x\ny\n")).isEmpty();
    }

    @Test
    void oneChangedLineWithContext() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertThat(UnifiedDiff.diff("old", "new", a, b)).isEqualTo("""
            --- old
            +++ new
            @@ -2,7 +2,7 @@
             2
             3
             4
            -5
            +five
             6
             7
             8
            """);
    }

    @Test
    void addedAndMissingFilesDiffAgainstNothing() {
        assertThat(UnifiedDiff.diff("/dev/null", "new", "", "a\nb\n")).isEqualTo("--- /dev/null\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n");
        assertThat(UnifiedDiff.diff("old", "new", "a\n", "a")).contains("+a\n\\ No newline at end of file");
    }

    /** Applying the hunks' +/- lines in order rebuilds the new text from the old one. */
    @Property(tries = 300)
    void diffRebuildsTheNewText(@ForAll @Size(max = 12) List<@StringLength(max = 1) @CharRange(from = 'a', to = 'c') String> a,
                                @ForAll @Size(max = 12) List<@StringLength(max = 1) @CharRange(from = 'a', to = 'c') String> b) {
        String from = a.isEmpty() ? "" : String.join("\n", a) + "\n";
        String to = b.isEmpty() ? "" : String.join("\n", b) + "\n";
        String d = UnifiedDiff.diff("x", "y", from, to);
        if (from.equals(to)) {
            assertThat(d).isEmpty();
            return;
        }
        List<String> old = new ArrayList<>(a);
        List<String> rebuilt = new ArrayList<>();
        int pos = 0;
        for (String line : d.split("\n", -1)) {
            if (line.startsWith("@@")) {
                String range = line.substring(4, line.indexOf(' ', 4));
                int start = Integer.parseInt(range.split(",")[0]);
                int count = range.contains(",") ? Integer.parseInt(range.split(",")[1]) : 1;
                int begin = count == 0 ? start : start - 1;
                while (pos < begin) {
                    rebuilt.add(old.get(pos++));
                }
            } else if (line.startsWith("---") || line.startsWith("+++") || line.isEmpty()) {
                continue;
            } else if (line.startsWith(" ")) {
                assertThat(old.get(pos)).isEqualTo(line.substring(1));
                rebuilt.add(old.get(pos++));
            } else if (line.startsWith("-")) {
                assertThat(old.get(pos)).isEqualTo(line.substring(1));
                pos++;
            } else if (line.startsWith("+")) {
                rebuilt.add(line.substring(1));
            }
        }
        while (pos < old.size()) {
            rebuilt.add(old.get(pos++));
        }
        assertThat(rebuilt).isEqualTo(b);
    }
}
