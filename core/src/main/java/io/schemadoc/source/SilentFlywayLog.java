package io.schemadoc.source;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's logger for schemadoc: says nothing. Flyway would otherwise print to stdout, which carries {@code inspect}'s
 * JSON; what matters (a failed migration, a refused configuration) reaches the user as one line through the
 * exception instead. Public with a no-argument constructor because Flyway builds it from its name
 * ({@code loggers} setting).
 */
public final class SilentFlywayLog implements LogCreator {
    private static final Log SILENT = new Log() {
        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void error(String message) {}

        @Override
        public void error(String message, Exception e) {}

        @Override
        public void notice(String message) {}
    };

    public SilentFlywayLog() {}

    @Override
    public Log createLogger(Class<?> type) {
        return SILENT;
    }
}
