package io.schemadoc.output.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub table padded to column width as tbls writes it, so the raw file reads as well as the rendered one.
 * Cells are given already escaped ({@link Md#cell}); a table may drop its last column when no row fills it
 * (tbls' Comment column on constraints, indexes and triggers).
 *
 * <p>Padding stops at {@link #PAD_LIMIT} characters a column: a longer cell overflows its column instead of widening
 * every other row to its length. Padding every row to the widest cell makes a file grow with rows times that width:
 * the index of a schema with 2,000 triggers and 2,000 functions came to 19 MB, 9,546 characters a line, because one
 * table was written by many functions. The limit is above the widest column of the tbls pages we match (117).
 */
final class MdTable {
    static final int PAD_LIMIT = 120;

    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();

    MdTable(String... headers) {
        this.headers = List.of(headers);
    }

    MdTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table " + headers.size());
        }
        String[] copy = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = cells[i] == null ? "" : cells[i];
        }
        rows.add(copy);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Drops the last column when every row leaves it empty. */
    MdTable dropEmptyLastColumn() {
        int last = headers.size() - 1;
        for (String[] r : rows) {
            if (!r[last].isEmpty()) {
                return this;
            }
        }
        MdTable t = new MdTable(headers.subList(0, last).toArray(String[]::new));
        for (String[] r : rows) {
            t.rows.add(java.util.Arrays.copyOf(r, last));
        }
        return t;
    }

    void appendTo(StringBuilder out) {
        int cols = headers.size();
        int[] width = new int[cols];
        for (int c = 0; c < cols; c++) {
            width[c] = Math.max(3, len(headers.get(c)));
        }
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], Math.min(PAD_LIMIT, len(r[c])));
            }
        }
        line(out, headers.toArray(String[]::new), width);
        out.append('|');
        for (int c = 0; c < cols; c++) {
            out.append(' ').append("-".repeat(width[c])).append(" |");
        }
        out.append('\n');
        for (String[] r : rows) {
            line(out, r, width);
        }
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        out.append('|');
        for (int c = 0; c < cells.length; c++) {
            out.append(' ').append(cells[c]);
            out.append(" ".repeat(Math.max(0, width[c] - len(cells[c])))).append(" |");
        }
        out.append('\n');
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }
}
