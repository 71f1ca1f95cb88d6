package io.schemadoc.analysis.trace;

import io.schemadoc.SchemadocException;

/** A trace request that does not fit the schema: an unknown table or column. */
public class TraceException extends SchemadocException {
    private static final long serialVersionUID = 1L;

    public TraceException(String message) {
        super(message);
    }
}
