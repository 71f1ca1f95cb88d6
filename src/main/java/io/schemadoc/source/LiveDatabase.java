package io.schemadoc.source;

import io.schemadoc.model.Schema;
import java.util.Map;

/** A running PostgreSQL server, read in one read-only, repeatable-read transaction. */
public final class LiveDatabase implements Source {
    // Filled in by the foundation work (connection settings parsed from URL / PG* / .pgpass).
    private final String maskedUrl;

    private LiveDatabase(String maskedUrl) {
        this.maskedUrl = maskedUrl;
    }

    public static LiveDatabase fromUrl(String url, Map<String, String> env) {
        return new LiveDatabase(url);
    }

    public static LiveDatabase fromEnvironment(Map<String, String> env) {
        return new LiveDatabase("environment");
    }

    @Override
    public Schema read(ReadOptions options) {
        throw new SourceException("live databases are not readable in this build yet");
    }

    @Override
    public String description() {
        return maskedUrl;
    }
}
