package io.schemadoc.config;

import io.schemadoc.SchemadocException;

/** A config file that cannot be used: unknown key, bad value (the message names it and its line). */
public class ConfigException extends SchemadocException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
