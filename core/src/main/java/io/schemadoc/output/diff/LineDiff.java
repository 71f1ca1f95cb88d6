package io.schemadoc.output.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line diff of two texts (routine bodies, view definitions) for display: lines prefixed with
 * {@code "  "}, {@code "- "} or {@code "+ "}, unchanged runs cut down to {@link #CONTEXT} lines around changes.
 */
final class LineDiff {
    static final int CONTEXT = 2;
    /** Above this many cells the table is not worth building: show all old lines, then all new ones. */
    private static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {}

    static List<String> lines(String oldText, String newText) {
        List<String> a = split(oldText);
        List<String> b = split(newText);
        List<String> all = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a.forEach(l -> all.add("- " + l));
            b.forEach(l -> all.add("+ " + l));
            return all;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                all.add("  " + a.get(i));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                all.add("- " + a.get(i++));
            } else {
                all.add("+ " + b.get(j++));
            }
        }
        return trim(all);
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    private static List<String> trim(List<String> all) {
        boolean[] keep = new boolean[all.size()];
        for (int k = 0; k < all.size(); k++) {
            if (!all.get(k).startsWith("  ")) {
                for (int m = Math.max(0, k - CONTEXT); m <= Math.min(all.size() - 1, k + CONTEXT); m++) {
                    keep[m] = true;
                }
            }
        }
        List<String> result = new ArrayList<>();
        boolean skipped = false;
        for (int k = 0; k < all.size(); k++) {
            if (keep[k]) {
                if (skipped) {
                    result.add("  …");
                }
                result.add(all.get(k));
                skipped = false;
            } else {
                skipped = true;
            }
        }
        if (skipped) {
            result.add("  …");
        }
        return result;
    }

    /** Values worth a line diff rather than {@code old → new} on one line. */
    static boolean isMultiLine(String oldValue, String newValue) {
        return oldValue != null && oldValue.contains("\n") || newValue != null && newValue.contains("\n");
    }
}
