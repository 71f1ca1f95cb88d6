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
        List<String> commonA = a.stream().filter(b::contains).toList();
        List<String> commonB = b.stream().filter(a::contains).toList();
        return commonA.equals(commonB);
    }
}
