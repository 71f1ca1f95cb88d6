package io.schemadoc.source;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A freshly initialised, stopped cluster per PostgreSQL version, kept in the user's cache folder. initdb costs
 * seconds; copying its result costs a fraction of one, so every later start copies the template instead.
 * Made in a private folder and moved into place atomically, so concurrent runs never see half a template.
 * Any failure here only means a slower start: the caller falls back to initdb.
 */
final class ClusterTemplate {
    private static final Set<String> SKIP = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

    private ClusterTemplate() {}

    /** Copies the template of {@code major} into {@code target}; false when no template could be made. */
    static boolean copyInto(int major, Path target, IntFunction<EmbeddedPostgres.Builder> builders) {
        try {
            Path template = ensure(major, builders);
            if (template == null) {
                return false;
            }
            copyTree(template, target);
            return true;
        } catch (IOException | RuntimeException e) {
            deleteTree(target);
            return false;
        }
    }

    private static Path ensure(int major, IntFunction<EmbeddedPostgres.Builder> builders) throws IOException {
        Path root = cacheRoot();
        if (root == null) {
            return null;
        }
        String version = PgBinaries.versionOf(major);
        Path template = root.resolve("pg-" + version + "-" + System.getProperty("os.arch"));
        if (Files.isRegularFile(template.resolve("PG_VERSION"))) {
            return template;
        }
        Files.createDirectories(root);
        Path scratch = Files.createTempDirectory(root, ".making-");
        Path data = scratch.resolve("data");
        try {
            EmbeddedPostgres pg = builders.apply(major).setDataDirectory(data).setCleanDataDirectory(false).start();
            pg.close();
            for (String name : SKIP) {
                Files.deleteIfExists(data.resolve(name));
            }
            try {
                Files.move(data, template, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another run made it first, or the cache is on a strange file system: use what is there
            } catch (IOException e) {
                if (!Files.isRegularFile(template.resolve("PG_VERSION"))) {
                    throw e;
                }
            }
        } finally {
            deleteTree(scratch);
        }
        return Files.isRegularFile(template.resolve("PG_VERSION")) ? template : null;
    }

    private static Path cacheRoot() {
        String configured = System.getProperty("schemadoc.cache", System.getenv("SCHEMADOC_CACHE"));
        if (configured != null && !configured.isBlank()) {
            return configured.equals("off") ? null : Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("schemadoc");
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path d = to.resolve(from.relativize(dir).toString());
                Files.createDirectories(d);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!SKIP.contains(file.getFileName().toString())) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        // PostgreSQL refuses a data directory others can read.
        try {
            Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to tighten
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
