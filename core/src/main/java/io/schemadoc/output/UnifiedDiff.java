package io.schemadoc.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts (Myers' O(ND) algorithm on lines, three lines of context), for {@code check}.
 * The common head and tail are cut first; an edit script longer than {@link #MAX_EDITS} is shown as one
 * replacement hunk rather than searched for, which keeps memory bounded on unrelated files.
 */
public final class UnifiedDiff {
    static final int MAX_EDITS = 4000;
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    private record Op(char kind, String line) {}

    /** The diff as text, empty when the texts are equal; {@code from}/{@code to} name the two sides. */
    public static String diff(String from, String to, String fromText, String toText) {
        List<String> a = lines(fromText);
        List<String> b = lines(toText);
        if (a.equals(b)) {
            return "";
        }
        List<Op> ops = ops(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(from).append('\n').append("+++ ").append(to).append('\n');
        hunks(ops, out);
        return out.toString();
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start) + "\n\\ No newline at end of file");
        }
        return out;
    }

    private static List<Op> ops(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Op> out = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            out.add(new Op(' ', a.get(i)));
        }
        List<String> ma = a.subList(head, a.size() - tail);
        List<String> mb = b.subList(head, b.size() - tail);
        List<Op> middle = myers(ma, mb);
        if (middle == null) {
            middle = new ArrayList<>();
            for (String s : ma) {
                middle.add(new Op('-', s));
            }
            for (String s : mb) {
                middle.add(new Op('+', s));
            }
        }
        out.addAll(middle);
        for (int i = a.size() - tail; i < a.size(); i++) {
            out.add(new Op(' ', a.get(i)));
        }
        return out;
    }

    /** The shortest edit script, or null when it needs more than MAX_EDITS edits. */
    private static List<Op> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int off = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= Math.min(max, MAX_EDITS) && found < 0; d++) {
            int[] snapshot = new int[2 * d + 3];
            System.arraycopy(v, off - d - 1, snapshot, 0, 2 * d + 3);
            trace.add(snapshot);
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && v[off + k - 1] < v[off + k + 1] ? v[off + k + 1] : v[off + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[off + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) {
            return null;
        }
        List<Op> rev = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d >= 0; d--) {
            int[] snap = trace.get(d);
            int k = x - y;
            int prevK;
            if (d == 0) {
                prevK = 0;
            } else {
                prevK = k == -d || k != d && at(snap, d, k - 1) < at(snap, d, k + 1) ? k + 1 : k - 1;
            }
            int prevX = d == 0 ? 0 : at(snap, d, prevK);
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                rev.add(new Op(' ', a.get(x - 1)));
                x--;
                y--;
            }
            if (d > 0) {
                if (x == prevX) {
                    rev.add(new Op('+', b.get(prevY)));
                } else {
                    rev.add(new Op('-', a.get(prevX)));
                }
            }
            x = prevX;
            y = prevY;
        }
        List<Op> out = new ArrayList<>(rev.size());
        for (int i = rev.size() - 1; i >= 0; i--) {
            out.add(rev.get(i));
        }
        return out;
    }

    /** v[k] as it was before step d (snapshots hold k in -d-1..d+1). */
    private static int at(int[] snap, int d, int k) {
        return snap[k + d + 1];
    }

    private static void hunks(List<Op> ops, StringBuilder out) {
        int i = 0;
        int size = ops.size();
        int[] aLine = new int[size + 1];
        int[] bLine = new int[size + 1];
        for (int j = 0; j < size; j++) {
            aLine[j + 1] = aLine[j] + (ops.get(j).kind() != '+' ? 1 : 0);
            bLine[j + 1] = bLine[j] + (ops.get(j).kind() != '-' ? 1 : 0);
        }
        while (i < size) {
            while (i < size && ops.get(i).kind() == ' ') {
                i++;
            }
            if (i >= size) {
                break;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < size) {
                if (ops.get(end).kind() != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(size, lastChange + CONTEXT + 1);
            int aCount = aLine[end] - aLine[start];
            int bCount = bLine[end] - bLine[start];
            out.append("@@ -").append(range(aLine[start], aCount)).append(" +").append(range(bLine[start], bCount)).append(" @@\n");
            for (int j = start; j < end; j++) {
                out.append(ops.get(j).kind()).append(ops.get(j).line()).append('\n');
            }
            i = end;
        }
    }

    private static String range(int before, int count) {
        int first = count == 0 ? before : before + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }
}
