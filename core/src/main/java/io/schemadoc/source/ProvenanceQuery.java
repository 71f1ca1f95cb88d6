package io.schemadoc.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The query listing every documentable object, read before and after each migration file. */
final class ProvenanceQuery {
    private ProvenanceQuery() {}

    static final String TEXT = load();

    private static String load() {
        try (InputStream in = ProvenanceQuery.class.getResourceAsStream("/io/schemadoc/postgres/provenance-objects.sql")) {
            if (in == null) {
                throw new IllegalStateException("provenance-objects.sql is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
