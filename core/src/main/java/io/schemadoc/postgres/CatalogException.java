package io.schemadoc.postgres;

import io.schemadoc.SchemadocException;

/** A catalog the reader cannot read for a reason it detects itself, such as an unsupported server version. */
public class CatalogException extends SchemadocException {
    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }
}
