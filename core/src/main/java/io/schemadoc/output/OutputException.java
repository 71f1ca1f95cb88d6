package io.schemadoc.output;

import io.schemadoc.SchemadocException;

/** Documentation that cannot be written: unknown format, unwritable or unsafe output folder. */
public class OutputException extends SchemadocException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
