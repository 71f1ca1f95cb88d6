package io.schemadoc.model;

/**
 * Where an object was created, when the schema was read from migrations: the file (relative to the folder given as
 * SOURCE, with forward slashes), the 1-based line of the statement that created it (0 when no line is known), and
 * the migration unit when the file alone does not name it — {@code "Flyway 1.2"}, {@code "changeSet 7 by alice"} —
 * else null.
 */
public record SourceLocation(String file, int line, String unit) {
    public SourceLocation {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("source file is required");
        }
    }

    public SourceLocation(String file, int line) {
        this(file, line, null);
    }

    /** The file, with the unit when there is one: what the docs show. */
    public String label() {
        return unit == null ? file : file + " (" + unit + ")";
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return unit == null ? where : where + " (" + unit + ")";
    }
}
