package io.schemadoc.maven;

import io.schemadoc.source.EmbeddedServer;

/**
 * The embedded PostgreSQL servers' lifetime inside a Maven build. The core stops its servers when the JVM exits,
 * but Maven closes the plugin's class loader before that, so the stop could not load its own classes (and the
 * server's scratch folder would stay behind). Instead the last goal that leaves stops them; goals of a parallel
 * build that overlap share one server.
 */
final class EmbeddedServers {
    /** zonky logs every line of the postgres process at INFO, which Maven would print; warnings and errors still show. */
    static final String ZONKY_LOG_LEVEL = "org.slf4j.simpleLogger.log.io.zonky.test.db.postgres";

    private static int goals;

    private EmbeddedServers() {}

    static synchronized void enter() {
        goals++;
        // A global property, but one that only sets zonky's loggers' level, and only when the user has not set it.
        if (System.getProperty(ZONKY_LOG_LEVEL) == null) {
            System.setProperty(ZONKY_LOG_LEVEL, "warn");
        }
    }

    static synchronized void leave() {
        goals--;
        if (goals == 0) {
            EmbeddedServer.stopAll();
        }
    }
}
