package io.schemadoc.model;

/**
 * Where an object was created, when the schema was read from SQL files: the file (relative to the
 * folder given as SOURCE, with forward slashes) and the 1-based line of the statement that created it.
 */
public record SourceLocation(String file, int line) {
    public SourceLocation {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("source file is required");
        }
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
