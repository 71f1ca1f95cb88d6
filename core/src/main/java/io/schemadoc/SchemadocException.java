package io.schemadoc;

/**
 * A failure the user can act on: bad input, an unreachable database, an unreadable file. Each stage throws
 * its own subclass; only the CLI catches them, prints {@link #getMessage()} as one line and exits with 2.
 * The message names the problem and what to try, and never holds a password.
 */
public class SchemadocException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SchemadocException(String message) {
        super(message);
    }

    public SchemadocException(String message, Throwable cause) {
        super(message, cause);
    }
}
