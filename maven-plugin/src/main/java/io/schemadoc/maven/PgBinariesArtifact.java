package io.schemadoc.maven;

import io.schemadoc.source.EmbeddedBinaries;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * zonky's PostgreSQL binaries for one major, fetched by Maven's own resolver: the build's repositories, mirrors,
 * settings.xml credentials and offline mode apply, and the jar lands in the local repository like any dependency.
 */
final class PgBinariesArtifact {
    private PgBinariesArtifact() {}

    static Artifact of(int major) {
        return new DefaultArtifact(EmbeddedBinaries.GROUP_ID, EmbeddedBinaries.artifactId(), "jar", EmbeddedBinaries.version(major));
    }

    static Path resolve(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories, int major)
            throws MojoExecutionException {
        Artifact artifact = of(major);
        try {
            return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, "schemadoc")).getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("cannot get the PostgreSQL " + major + " binaries schemadoc applies migrations on ("
                + artifact + "): " + e.getMessage() + (session.isOffline() ? " (Maven is offline: run once without -o)" : ""), e);
        }
    }
}
