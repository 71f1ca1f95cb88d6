package io.schemadoc.analysis.body;

/** What a statement does to a table. MERGE stands for "some of insert, update, delete" when the clauses are not known. */
public enum Operation {
    INSERT, UPDATE, DELETE, MERGE, TRUNCATE;

    public String sql() {
        return name();
    }

    public String lower() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
