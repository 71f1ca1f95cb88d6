package io.schemadoc.analysis.diff;

import java.util.Objects;

/**
 * One difference between schema A and schema B. An object present only in B is {@link Added}, only in A
 * {@link Removed}; an object in both whose {@code field} differs is {@link Changed}, once per field.
 * Added and removed carry the model record itself ({@code Table}, {@code Column}, {@code Index}, …) so that
 * renderers and the SQL draft can say more than the summary.
 */
public sealed interface Change permits Change.Added, Change.Removed, Change.Changed {

    ObjectId id();

    /** {@code added}, {@code removed} or {@code changed}: the word the outputs use. */
    String verb();

    /**
     * In B only. {@code summary} is a one-line description (a column's type, an index's definition);
     * {@code hint} says "possible rename of …" when a removed object has the same shape, else null.
     */
    record Added(ObjectId id, String summary, Object object, String hint) implements Change {
        public Added {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(object, "object");
        }

        @Override
        public String verb() {
            return "added";
        }
    }

    /** In A only; the mirror of {@link Added}. */
    record Removed(ObjectId id, String summary, Object object, String hint) implements Change {
        public Removed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(object, "object");
        }

        @Override
        public String verb() {
            return "removed";
        }
    }

    /**
     * In both, with {@code field} different: {@code oldValue} is A's, {@code newValue} B's, either may be null
     * (no comment, no default). For enums, {@code field} "label" with a null old value is a label added.
     */
    record Changed(ObjectId id, String field, String oldValue, String newValue) implements Change {
        public Changed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(field, "field");
            if (Objects.equals(oldValue, newValue)) {
                throw new IllegalArgumentException(id + " " + field + ": a change needs two different values");
            }
        }

        @Override
        public String verb() {
            return "changed";
        }
    }
}
