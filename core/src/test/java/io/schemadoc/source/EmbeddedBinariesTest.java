package io.schemadoc.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook a build tool uses to hand over binaries it resolved itself. */
class EmbeddedBinariesTest {
    static final Path SHIPPED = Path.of(System.getProperty("schemadoc.pgBinaries", "target/pg-binaries"));

    @AfterEach
    void forget() {
        PgBinaries.GIVEN.clear();
    }

    @Test
    void namesTheArtifactTheBuildCopiesForThisMachine() {
        for (int major : ReadOptions.SUPPORTED_PG_VERSIONS) {
            String jar = EmbeddedBinaries.artifactId() + "-" + EmbeddedBinaries.version(major) + ".jar";
            assertThat(SHIPPED.resolve(jar)).as("pom.xml copies what the hook names").isRegularFile();
        }
    }

    @Test
    void aGivenJarIsUsedBeforeAnyOtherPlace(@TempDir Path dir) throws Exception {
        // A copy under another name in a folder schemadoc never searches: only the hook can lead there.
        Path copy = dir.resolve("binaries.jar");
        Files.copy(SHIPPED.resolve(EmbeddedBinaries.artifactId() + "-" + EmbeddedBinaries.version(13) + ".jar"), copy);
        EmbeddedBinaries.use(13, copy);
        Files.delete(copy);
        assertThatThrownBy(() -> new PgBinaries(13).getPgBinary("Linux", "x86_64"))
            .isInstanceOf(SourceException.class).hasMessageContaining(copy.toString());
        Files.copy(SHIPPED.resolve(EmbeddedBinaries.artifactId() + "-" + EmbeddedBinaries.version(13) + ".jar"), copy);
        try (InputStream in = new PgBinaries(13).getPgBinary("Linux", "x86_64")) {
            assertThat(in.readNBytes(6)).startsWith(0xFD, '7', 'z', 'X', 'Z');
        }
    }
}
