package io.schemadoc.output.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MdTableTest {

    private static String render(MdTable table) {
        StringBuilder out = new StringBuilder();
        table.appendTo(out);
        return out.toString();
    }

    @Test
    void padsEveryRowToTheWidestCellAsTblsDoes() {
        String out = render(new MdTable("Name", "Type").row("id", "bigint").row("created_at", "timestamp with time zone"));
        assertThat(out).isEqualTo("""
            | Name       | Type                     |
            | ---------- | ------------------------ |
            | id         | bigint                   |
            | created_at | timestamp with time zone |
            """);
    }

    @Test
    void aCellLongerThanTheLimitOverflowsInsteadOfWideningEveryRow() {
        String longCell = "x".repeat(5_000);
        MdTable table = new MdTable("Table", "Written by");
        for (int i = 0; i < 100; i++) {
            table.row("t" + i, i == 50 ? longCell : "f" + i);
        }
        String out = render(table);
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(102);
        // Every line but the long one is as wide as the limit allows, the long one carries its cell whole.
        assertThat(Arrays.stream(lines).filter(l -> !l.contains(longCell)).mapToInt(String::length).max().orElseThrow())
            .isEqualTo("| Table | ".length() + MdTable.PAD_LIMIT + " |".length());
        assertThat(lines[2 + 50]).isEqualTo("| t50   | " + longCell + " |");
        assertThat(lines[1]).isEqualTo("| ----- | " + "-".repeat(MdTable.PAD_LIMIT) + " |");
        assertThat(out.length()).isLessThan(100 * 140 + longCell.length());
    }

    @Test
    void aCellExactlyAtTheLimitStillSetsTheWidth() {
        String atLimit = "y".repeat(MdTable.PAD_LIMIT);
        String out = render(new MdTable("A").row(atLimit).row("z"));
        assertThat(out.split("\n")[3]).isEqualTo("| z" + " ".repeat(MdTable.PAD_LIMIT - 1) + " |");
    }
}
