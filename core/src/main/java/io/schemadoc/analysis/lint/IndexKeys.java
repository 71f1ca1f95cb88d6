package io.schemadoc.analysis.lint;

import io.schemadoc.model.Index;
import io.schemadoc.model.IndexColumn;
import io.schemadoc.model.Table;
import java.util.List;
import java.util.Objects;

/** Comparisons between the keys of indexes of one table, shared by the duplicate / redundant / intersecting rules. */
final class IndexKeys {
    private IndexKeys() {}

    /** Indexes a table owns: clones a partition inherits from its parent's index are judged on the parent. */
    static List<Index> own(Table t) {
        return t.indexes().stream().filter(i -> !i.inherited()).toList();
    }

    static List<String> texts(Index i) {
        return i.keys().stream().map(IndexColumn::text).toList();
    }

    static String predicate(Index i) {
        return i.predicate() == null ? "" : i.predicate().strip();
    }

    /** Same column or expression, same operator class and collation: the key can answer the same searches. */
    static boolean sameKey(IndexColumn a, IndexColumn b) {
        return Objects.equals(a.text(), b.text()) && Objects.equals(a.opclass(), b.opclass()) && Objects.equals(a.collation(), b.collation());
    }

    /**
     * Identical definitions up to name, uniqueness and ASC/DESC: a B-tree scans either way, so a different
     * direction only matters to an ORDER BY that mixes directions (see {@link #sameOrder}).
     */
    static boolean duplicates(Index a, Index b) {
        if (!a.method().equals(b.method()) || a.keys().size() != b.keys().size() || !predicate(a).equals(predicate(b))
            || !a.include().equals(b.include())) {
            return false;
        }
        for (int k = 0; k < a.keys().size(); k++) {
            if (!sameKey(a.keys().get(k), b.keys().get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Same direction and NULLS placement on every key, or the exact reverse on every key (a backward scan). */
    static boolean sameOrder(Index a, Index b) {
        boolean same = true;
        boolean reversed = true;
        for (int k = 0; k < a.keys().size(); k++) {
            IndexColumn x = a.keys().get(k);
            IndexColumn y = b.keys().get(k);
            same &= x.descending() == y.descending() && x.nullsFirst() == y.nullsFirst();
            reversed &= x.descending() != y.descending() && x.nullsFirst() != y.nullsFirst();
        }
        return same || reversed;
    }

    /**
     * {@code shorter}'s keys are a strict leading prefix of {@code longer}'s, with the same method (btree, whose
     * leading columns serve alone), the same predicate, and {@code shorter} enforces nothing of its own.
     */
    static boolean redundant(Index shorter, Index longer) {
        if (shorter.unique() || shorter.constraint() != null || !shorter.method().equals("btree") || !longer.method().equals("btree")
            || !predicate(shorter).equals(predicate(longer)) || shorter.keys().size() >= longer.keys().size()) {
            return false;
        }
        for (int k = 0; k < shorter.keys().size(); k++) {
            IndexColumn x = shorter.keys().get(k);
            IndexColumn y = longer.keys().get(k);
            if (!sameKey(x, y) || (x.descending() != y.descending() && shorter.keys().size() > 1)) {
                return false;
            }
        }
        return true;
    }

    /** One's key columns (by name or expression) lead the other's, or equal them, under the same predicate. */
    static boolean intersect(Index a, Index b) {
        if (!predicate(a).equals(predicate(b))) {
            return false;
        }
        List<String> x = texts(a);
        List<String> y = texts(b);
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        return longer.subList(0, shorter.size()).equals(shorter);
    }
}
