package io.schemadoc.analysis.diff;

import io.schemadoc.SchemadocException;

/** Options of a comparison the user must correct (an unknown {@code --ignore} value, an empty glob). */
public class DiffException extends SchemadocException {
    private static final long serialVersionUID = 1L;

    public DiffException(String message) {
        super(message);
    }
}
