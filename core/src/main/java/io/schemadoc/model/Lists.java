package io.schemadoc.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Null-safe immutable copies for record compact constructors: a model never holds a null list. */
final class Lists {
    private Lists() {}

    /** Refuses a model object without a required field (a hand-edited or truncated snapshot, say). */
    static void require(Object value, String field, String record) {
        if (value == null) {
            throw new IllegalArgumentException(record + " without \"" + field + "\"");
        }
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return List.copyOf(copy);
    }
}
