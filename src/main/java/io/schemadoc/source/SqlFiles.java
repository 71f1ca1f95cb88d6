package io.schemadoc.source;

import io.schemadoc.model.Schema;
import java.nio.file.Path;

/** A .sql file or a folder of them, applied in natural order on an embedded PostgreSQL, then introspected. */
public final class SqlFiles implements Source {
    private final Path path;

    public SqlFiles(Path path) {
        this.path = path;
    }

    @Override
    public Schema read(ReadOptions options) {
        throw new SourceException("SQL sources are not readable in this build yet");
    }

    @Override
    public String description() {
        return path.toString();
    }
}
