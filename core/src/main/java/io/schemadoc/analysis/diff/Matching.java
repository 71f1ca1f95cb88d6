package io.schemadoc.analysis.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** Pairs the objects of two lists by identity key; the callbacks run in A's order, then B's extra objects. */
final class Matching {
    private Matching() {}

    static <T> void match(List<T> a, List<T> b, Function<T, String> key,
                          Consumer<T> onlyInA, Consumer<T> onlyInB, BiConsumer<T, T> inBoth) {
        Map<String, T> byKeyA = index(a, key);
        Map<String, T> byKeyB = index(b, key);
        for (Map.Entry<String, T> e : byKeyA.entrySet()) {
            T other = byKeyB.get(e.getKey());
            if (other == null) {
                onlyInA.accept(e.getValue());
            } else {
                inBoth.accept(e.getValue(), other);
            }
        }
        for (Map.Entry<String, T> e : byKeyB.entrySet()) {
            if (!byKeyA.containsKey(e.getKey())) {
                onlyInB.accept(e.getValue());
            }
        }
    }

    private static <T> Map<String, T> index(List<T> list, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T t : list) {
            map.putIfAbsent(key.apply(t), t);
        }
        return map;
    }

    /**
     * The names of {@code a} present in {@code b}, in A's order, and the same for B: when these two lists differ,
     * the common members were reordered. Adding or dropping a member alone never counts as a reorder.
     */
    static boolean sameRelativeOrder(List<String> a, List<String> b) {
        return commonOrder(a, b).equals(commonOrder(b, a));
    }

    private static List<String> commonOrder(List<String> a, List<String> b) {
        java.util.Set<String> other = new java.util.HashSet<>(b);
        return a.stream().filter(other::contains).toList();
    }

    /**
     * The members that moved: the common members (in the same relative order on both sides) outside the longest
     * run kept in order. When several runs are equally long (two members swapped), every member that is not in
     * all of them counts as moved, which reads the same from A to B as from B to A.
     */
    static java.util.Set<String> moved(List<String> a, List<String> b) {
        List<String> commonA = commonOrder(a, b);
        List<String> commonB = commonOrder(b, a);
        int n = commonA.size();
        java.util.Map<String, Integer> placeInB = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            placeInB.put(commonB.get(i), i);
        }
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = placeInB.get(commonA.get(i));
        }
        int[] ending = new int[n];
        int[] starting = new int[n];
        int longest = 0;
        for (int i = 0; i < n; i++) {
            ending[i] = 1;
            for (int j = 0; j < i; j++) {
                if (p[j] < p[i]) {
                    ending[i] = Math.max(ending[i], ending[j] + 1);
                }
            }
            longest = Math.max(longest, ending[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            starting[i] = 1;
            for (int j = i + 1; j < n; j++) {
                if (p[j] > p[i]) {
                    starting[i] = Math.max(starting[i], starting[j] + 1);
                }
            }
        }
        int[] onRunsAt = new int[longest + 1];
        for (int i = 0; i < n; i++) {
            if (ending[i] + starting[i] - 1 == longest) {
                onRunsAt[ending[i]]++;
            }
        }
        java.util.Set<String> moved = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            boolean inEveryRun = ending[i] + starting[i] - 1 == longest && onRunsAt[ending[i]] == 1;
            if (!inEveryRun) {
                moved.add(commonA.get(i));
            }
        }
        return moved;
    }
}
