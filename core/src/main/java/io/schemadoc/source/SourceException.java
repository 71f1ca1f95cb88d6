package io.schemadoc.source;

import io.schemadoc.SchemadocException;

/** A SOURCE that cannot be read: unreachable, refused, malformed, or failing to load. */
public class SourceException extends SchemadocException {
    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
